namespace PyCgiRunner.Cgi.Responses;

/// <summary>
/// One header line as the script wrote it: name as written, value with leading whitespace skipped, CRs deleted
/// and cut at a NUL. Both are byte strings (each char one byte, Latin-1).
/// </summary>
public readonly record struct RawHeader(string Name, string Value);
