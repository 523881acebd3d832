namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>What reading one markup declaration came to: done, waiting for more input, or an error.</summary>
internal enum DeclResult { Ok, Wait, Error }
