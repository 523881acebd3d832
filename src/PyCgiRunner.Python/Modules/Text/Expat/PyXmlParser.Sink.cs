using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class PyXmlParser
{
    /// <summary>
    /// Calls a Python handler. An exception is kept to be raised when Parse returns, and (flag_error) every
    /// handler is dropped and the parse stopped, as pyexpat does.
    /// </summary>
    private PyObject? Call(int slot, params PyObject[] args)
    {
        var handler = _handlers[slot];
        if (handler is null) return null;
        var outer = _inCallback;
        _inCallback = true;
        try
        {
            return Ops.Call(handler, args, null);
        }
        catch (PythonException e)
        {
            _pending ??= e;
            ClearHandlers();
            return null;
        }
        finally
        {
            _inCallback = outer;
        }
    }

    private PyObject? Call(HandlerKind kind, params PyObject[] args)
    {
        Flush();
        return Call((int)kind, args);
    }

    /// <summary>flush_character_buffer: the gathered text to the CharacterDataHandler.</summary>
    private void Flush()
    {
        if (_buffer is null || _bufferUsed == 0) return;
        var text = _buffer.ToString();
        _buffer.Clear();
        _bufferUsed = 0;
        Call((int)HandlerKind.CharacterData, Conv(text));
    }

    public void CharacterData(string text)
    {
        if (_buffer is null)
        {
            Call((int)HandlerKind.CharacterData, Conv(text));
            return;
        }
        var length = Utf8Length(text);
        if (_bufferUsed + length > _bufferSize)
        {
            Flush();
            if (_handlers[(int)HandlerKind.CharacterData] is null) return;
        }
        if (length > _bufferSize)
        {
            Call((int)HandlerKind.CharacterData, Conv(text));
            _bufferUsed = 0;
            return;
        }
        _buffer.Append(text);
        _bufferUsed += length;
    }

    public void StartElement(string name, List<string> attrs, int specified)
    {
        Flush();
        if (_handlers[(int)HandlerKind.StartElement] is null) return;
        var count = _specifiedAttributes ? specified : attrs.Count / 2;
        PyObject container;
        if (_orderedAttributes)
        {
            var list = new PyObject[count * 2];
            for (var i = 0; i < count; i++)
            {
                list[2 * i] = Intern(attrs[2 * i]);
                list[2 * i + 1] = Conv(attrs[2 * i + 1]);
            }
            container = new PyList(list);
        }
        else
        {
            var dict = new PyDict();
            for (var i = 0; i < count; i++) dict.Set(Intern(attrs[2 * i]), Conv(attrs[2 * i + 1]));
            container = dict;
        }
        Call(HandlerKind.StartElement, Intern(name), container);
    }

    public void EndElement(string name) => Call(HandlerKind.EndElement, Intern(name));

    public void ProcessingInstruction(string target, string data) => Call(HandlerKind.ProcessingInstruction, Intern(target), Conv(data));

    public void Comment(string data) => Call(HandlerKind.Comment, Conv(data));

    public void StartCdataSection() => Call(HandlerKind.StartCdataSection);

    public void EndCdataSection() => Call(HandlerKind.EndCdataSection);

    public void Default(string text)
    {
        Flush();
        Call(_defaultSlot, Conv(text));
    }

    public void StartNamespaceDecl(string? prefix, string? uri) => Call(HandlerKind.StartNamespaceDecl, Intern(prefix), Intern(uri));

    public void EndNamespaceDecl(string? prefix) => Call(HandlerKind.EndNamespaceDecl, Intern(prefix));

    public void XmlDecl(string? version, string? encoding, int standalone)
        => Call(HandlerKind.XmlDecl, Conv(version), Conv(encoding), PyInt.Get(standalone));

    public void StartDoctypeDecl(string name, string? systemId, string? publicId, bool hasInternalSubset)
        => Call(HandlerKind.StartDoctypeDecl, Intern(name), Intern(systemId), Intern(publicId), PyInt.Get(hasInternalSubset ? 1 : 0));

    public void EndDoctypeDecl() => Call(HandlerKind.EndDoctypeDecl);

    public void EntityDecl(string name, bool isParameter, string? value, string? baseUri, string? systemId, string? publicId, string? notation)
        => Call(HandlerKind.EntityDecl, Intern(name), PyInt.Get(isParameter ? 1 : 0), Conv(value), Intern(baseUri),
            Intern(systemId), Intern(publicId), Intern(notation));

    public void UnparsedEntityDecl(string name, string? baseUri, string? systemId, string? publicId, string notation)
        => Call(HandlerKind.UnparsedEntityDecl, Intern(name), Intern(baseUri), Intern(systemId), Intern(publicId), Intern(notation));

    public void NotationDecl(string name, string? baseUri, string? systemId, string? publicId)
        => Call(HandlerKind.NotationDecl, Intern(name), Intern(baseUri), Intern(systemId), Intern(publicId));

    public void ElementDecl(string name, ContentModel model) => Call(HandlerKind.ElementDecl, Intern(name), ModelTuple(model));

    /// <summary>conv_content_model: (type, quant, name, children) tuples, built bottom-up without recursion.</summary>
    private PyObject ModelTuple(ContentModel root)
    {
        var done = new Dictionary<ContentModel, PyObject>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(ContentModel Node, bool Expanded)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (!expanded)
            {
                stack.Push((node, true));
                foreach (var child in node.Children) stack.Push((child, false));
                continue;
            }
            var children = node.Children.Select(c => done[c]).ToArray();
            done[node] = new PyTuple(PyInt.Get(node.Type), PyInt.Get(node.Quant), Conv(node.Name), new PyTuple(children));
        }
        return done[root];
    }

    public void AttlistDecl(string element, string attribute, string type, string? defaultValue, bool required)
        => Call(HandlerKind.AttlistDecl, Intern(element), Intern(attribute), Conv(type), Conv(defaultValue), PyInt.Get(required ? 1 : 0));

    public void SkippedEntity(string name, bool isParameter) => Call(HandlerKind.SkippedEntity, Intern(name), PyInt.Get(isParameter ? 1 : 0));

    public bool NotStandalone() => IntResult(Call(HandlerKind.NotStandalone)) != 0;

    public bool ExternalEntityRef(string? context, string? baseUri, string? systemId, string? publicId)
    {
        var result = Call(HandlerKind.ExternalEntityRef, Conv(context), Intern(baseUri), Intern(systemId), Intern(publicId));
        return result is null ? _pending is not null : IntResult(result) != 0;
    }

    /// <summary>PyInt_AsLong on a handler's result; a result that is no integer raises when Parse returns.</summary>
    private long IntResult(PyObject? result)
    {
        if (result is null) return 0;
        try
        {
            return Binding.ArgBinding.ToLong(result);
        }
        catch (PythonException e)
        {
            _pending ??= e;
            ClearHandlers();
            return -1;
        }
    }
}
