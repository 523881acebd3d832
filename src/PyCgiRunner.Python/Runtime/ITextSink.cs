namespace PyCgiRunner.Python.Runtime;

/// <summary>A native file-like object print can write to directly (no attribute lookups per item).</summary>
public interface ITextSink
{
    /// <summary>Writes a str or unicode object as file.write would.</summary>
    void WriteText(PyObject text);
    bool SoftSpace { get; set; }
}
