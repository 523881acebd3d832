namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// codecs.register / codecs.lookup and the generic encode/decode through them (Python/codecs.c in 2.7). The first
/// lookup imports the library's encodings package, whose search function registers itself.
/// </summary>
public static class CodecRegistry
{
    public static void Register(PyObject searchFunction)
    {
        if (!Builtins.BuiltinFunctions.IsCallable(searchFunction)) throw PyErr.TypeError("argument must be callable");
        PyContext.Current.CodecState.SearchFunctions.Add(searchFunction);
    }

    /// <summary>The CodecInfo (a 4-tuple: encoder, decoder, stream reader, stream writer) for an encoding name.</summary>
    public static PyObject Lookup(string encoding)
    {
        var ctx = PyContext.Current;
        var state = ctx.CodecState;
        // _PyCodec_Lookup's normalisation: lower case, spaces to underscores; the search functions do the rest.
        var key = encoding.ToLowerInvariant().Replace(' ', '_');
        if (state.Cache.TryGetValue(key, out var cached)) return cached;
        if (state.SearchFunctions.Count == 0) ctx.Engine.Importer.ImportDotted(ctx, "encodings");
        if (state.SearchFunctions.Count == 0) throw PyErr.New(BuiltinTypes.LookupError, "no codec search functions registered: can't find encoding");
        var name = PyStr.From(key);
        foreach (var search in state.SearchFunctions.ToArray())
        {
            var result = Ops.CallFunction(search, name);
            if (result is PyNone) continue;
            if (result is not PyTuple { Count: 4 }) throw PyErr.TypeError("codec search functions must return 4-tuples");
            state.Cache[key] = result;
            return result;
        }
        throw PyErr.New(BuiltinTypes.LookupError, $"unknown encoding: {encoding}");
    }

    /// <summary>codecs.encode(obj, encoding, errors): the codec's encoder, its result's first item.</summary>
    public static PyObject Encode(PyObject obj, string encoding, string errors)
        => Call(((PyTuple)Lookup(encoding)).Items[0], obj, errors, "encoder");

    public static PyObject Decode(PyObject obj, string encoding, string errors)
        => Call(((PyTuple)Lookup(encoding)).Items[1], obj, errors, "decoder");

    private static PyObject Call(PyObject codec, PyObject obj, string errors, string what)
    {
        var result = Ops.CallFunction(codec, obj, PyStr.From(errors));
        if (result is not PyTuple { Count: 2 } pair) throw PyErr.TypeError($"{what} must return a tuple (object,integer)");
        return pair.Items[0];
    }
}
