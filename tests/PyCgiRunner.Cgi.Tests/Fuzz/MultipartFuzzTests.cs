using System.Text;
using CsCheck;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Python.Hosting;
using Xunit.Abstractions;

namespace PyCgiRunner.Cgi.Tests.Fuzz;

/// <summary>
/// Property test of the upload path through the engine (issue 7, fuzzing): any multipart body, however broken, is
/// parsed by cgi.FieldStorage in the sandbox to a form or a Python exception the script could catch; never an engine
/// failure, a hang or a temporary file left behind.
/// </summary>
public sealed class MultipartFuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>One engine for every run, as one server has: the library compiles once.</summary>
    private static readonly PythonEngine Engine = new();

    private const string Script = """
        import cgi
        form = cgi.FieldStorage()
        for key in form.keys():
            for item in [form[key]]:
                if isinstance(item, list):
                    for each in item:
                        each.value
                else:
                    item.filename, item.value
        print "Content-Type: text/plain"
        print
        print len(form.keys())
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("pycgi-fuzz-mp-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void AnyMultipartBody_ParsedOrPythonError_NeverEngineFailureOrLeftoverFile()
    {
        var site = Directory.CreateDirectory(Path.Combine(_root, "cgi-bin")).FullName;
        var temp = Directory.CreateDirectory(Path.Combine(_root, "tmp")).FullName;
        File.WriteAllText(Path.Combine(site, "upload.py"), Script.Replace("\r\n", "\n") + "\n");
        var runner = new PythonCgiScriptRunner(Engine, new SandboxPolicy
        {
            ReadRoots = [site, Engine.ShimsDirectory],
            WriteRoots = [temp],
            TempRoot = temp,
        });
        var limits = new CgiLimits { TimeLimit = TimeSpan.FromSeconds(20) };
        long executions = 0;
        // The first run imports and compiles the library's cgi and its helpers; the budget is for fuzzing.
        Run(runner, site, limits, new MultipartGen.Request("multipart/form-data; boundary=b", "0", []));

        MultipartGen.Requests.Sample(request =>
        {
            Interlocked.Increment(ref executions);
            FuzzBudget.KeepIfFailing(request.Body, "multipart", () =>
            {
                var (result, errors) = Run(runner, site, limits, request);

                Assert.Equal(CgiScriptOutcome.Completed, result.Outcome);
                Assert.DoesNotContain("internal error in PyCgiRunner", errors);
                Assert.True(result.ExitCode == 0 || result.Failure is not null, "a failing run must end in a Python exception: " + errors);
                Assert.Empty(Directory.EnumerateFileSystemEntries(temp));
            });
        }, time: FuzzBudget.Seconds, threads: 1);
        FuzzBudget.Report(output, "multipart through cgi.FieldStorage", executions);
    }

    private static (CgiScriptResult Result, string Stderr) Run(PythonCgiScriptRunner runner, string site, CgiLimits limits, MultipartGen.Request request)
    {
        var env = new Dictionary<string, string>
        {
            ["REQUEST_METHOD"] = "POST",
            ["CONTENT_TYPE"] = request.ContentType,
            ["SCRIPT_NAME"] = "/cgi-bin/upload.py",
            ["QUERY_STRING"] = "",
        };
        if (request.ContentLength.Length > 0)
            env["CONTENT_LENGTH"] = request.ContentLength;
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var invocation = new CgiScriptInvocation("upload.py", site, env, new MemoryStream(request.Body), stderr, limits);
        var result = runner.RunOnThisThread(invocation, stdout, CancellationToken.None);
        return (result, Encoding.Latin1.GetString(stderr.ToArray()));
    }
}
