namespace PyCgiRunner.Python.Runtime;

/// <summary>codecs.charmap_build's result: the reverse of a 256-entry decoding table, for fast charmap encoding.</summary>
public sealed class EncodingMap : PyObject
{
    private static readonly PyType s_type = CreateType();
    private readonly Dictionary<char, int> _bytes = new();

    public EncodingMap(string decodingTable)
    {
        for (var b = 0; b < decodingTable.Length && b < 256; b++)
            if (decodingTable[b] != '\uFFFE') _bytes.TryAdd(decodingTable[b], b);
    }

    public int? Lookup(char c) => _bytes.TryGetValue(c, out var b) ? b : null;

    public override PyType Type => s_type;

    private static PyType CreateType()
    {
        var t = new PyType("EncodingMap", BuiltinTypes.Object);
        Builtins.TypeSetup.Def0(t, "size", self => PyInt.Get(((EncodingMap)self)._bytes.Count));
        return t;
    }
}
