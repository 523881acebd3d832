namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>A descriptor os.open gave for a directory (O_RDONLY): it can be stat'ed, synced and closed; reading it fails.</summary>
public sealed record DirectoryDescriptor(string Path);
