namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>Where one attribute of a start tag lies in the buffer: its name and its value between the quotes.</summary>
internal readonly record struct AttrSpan(int NameStart, int NameEnd, int ValueStart, int ValueEnd);
