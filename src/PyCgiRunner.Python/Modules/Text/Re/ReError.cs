namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>A pattern the translator rejects; becomes re.error (sre_constants.error) with this message.</summary>
internal sealed class ReError(string message) : Exception(message);
