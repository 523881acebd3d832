namespace PyCgiRunner.Python.Hosting.Library;

/// <summary>A module file's modification time and size: a changed file means a new compile.</summary>
public readonly record struct ModuleVersion(DateTime ModifiedUtc, long Length);
