namespace PyCgiRunner.Python.Runtime;

/// <summary>Maps .NET I/O failures to IOError/OSError with the errno and strerror CPython would show.</summary>
public static class IoErrors
{
    public static PythonException ToPython(Exception e, string? fileName, PyType type)
    {
        var (errno, text) = e switch
        {
            FileNotFoundException or DirectoryNotFoundException => (2, "No such file or directory"),
            UnauthorizedAccessException u when u.Message.StartsWith("sandbox policy") => (13, "Permission denied (" + u.Message + ")"),
            UnauthorizedAccessException => (13, "Permission denied"),
            PathTooLongException => (36, "File name too long"),
            IOException io when io.HResult == 17 || io.Message.Contains("exists") => (17, "File exists"),
            IOException io when io.Message.Contains("not empty") => (39, "Directory not empty"),
            IOException io when io.Message.Contains("Is a directory") => (21, "Is a directory"),
            IOException io when io.Message.Contains("Not a directory") => (20, "Not a directory"),
            _ => (5, "Input/output error"),
        };
        return fileName is null ? PyErr.EnvironmentError(type, errno, text) : PyErr.EnvironmentError(type, errno, text, fileName);
    }
}
