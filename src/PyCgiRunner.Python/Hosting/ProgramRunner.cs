using PyCgiRunner.Python.Compilation.Nodes;
using PyCgiRunner.Python.Modules;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Hosting;

/// <summary>
/// Runs a Python program as `python2.7 SCRIPT` would: __main__ module, uncaught exceptions printed as
/// CPython's traceback with exit status 1, SystemExit codes, softspace newline and atexit handlers at exit.
/// Runs on a dedicated thread with a large stack so deep (but legal) recursion fits.
/// </summary>
public static class ProgramRunner
{
    public const int StackSize = 256 * 1024 * 1024;

    public static ProgramResult Run(PythonEngine engine, ProgramOptions options)
    {
        ProgramResult? result = null;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try { result = RunOnThisThread(engine, options); }
            catch (Exception e) { crash = e; }
        }, StackSize) { Name = "python-program", IsBackground = true };
        thread.Start();
        thread.Join();
        if (crash is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(crash);
        return result!;
    }

    public static ProgramResult RunOnThisThread(PythonEngine engine, ProgramOptions options)
    {
        using var platform = new SandboxPlatform(options.Policy, options.WorkingDirectory);
        var ctx = new PyContext(engine, platform, options.Limits);
        try
        {
            return RunInContext(engine, options, platform, ctx);
        }
        finally
        {
            ctx.ReleaseRunResources();
        }
    }

    private static ProgramResult RunInContext(PythonEngine engine, ProgramOptions options, SandboxPlatform platform, PyContext ctx)
    {
        // stdout is block-buffered like CPython's to a pipe: os._exit loses what is still buffered.
        var stdout = new PyFile(new BufferedStream(options.Stdout, 8192), "<stdout>", "w", ownsStream: false);
        var stderr = new PyFile(options.Stderr, "<stderr>", "w", ownsStream: false);
        var stdin = new PyFile(options.Stdin, "<stdin>", "r", ownsStream: false);
        var scriptDir = Path.GetDirectoryName(options.ScriptPath) ?? "";
        string[] path = [scriptDir, .. engine.LibraryPath];
        ctx.Sys = SysModule.Create(ctx, [options.ScriptPath, .. options.Arguments], path, stdin, stdout, stderr, "/usr/bin/python2.7");
        ctx.Modules.SetStr("sys", ctx.Sys);
        ctx.Modules.SetStr("__builtin__", ctx.BuiltinsModule);
        ctx.EnvironmentVariables = new Dictionary<string, string>(options.Environment);
        using var scope = ctx.Enter();
        var main = new PyModule("__main__");
        main.Dict.SetStr("__file__", PyStr.From(options.ScriptPath));
        main.Dict.SetStr("__builtins__", ctx.BuiltinsModule);
        main.Dict.SetStr("__package__", PyNone.Instance);
        ctx.Modules.SetStr("__main__", main);
        var exitCode = 0;
        PythonException? uncaught = null;
        string? formatted = null;
        try
        {
            var code = engine.CompileFile(platform.ResolvePath(options.ScriptPath), options.ScriptPath, p => File.ReadAllBytes(p));
            CodeExecution.RunModuleCode(ctx, code, main.Dict);
        }
        catch (PythonException e)
        {
            exitCode = HandleUncaught(ctx, e, out var isSystemExit);
            if (!isSystemExit) { uncaught = e; formatted = ExceptionFormatting.FormatTraceback(e); }
        }
        catch (ScriptCancelledException stop)
        {
            TryFlush(stdout);
            return new ProgramResult(1, null, stop.Reason);
        }
        catch (Modules.SystemModules.ProgramExitException exit)
        {
            // os._exit: no atexit handlers, no flush of Python-level file objects (library reference §15.1.5).
            return new ProgramResult(exit.Code, null, null);
        }
        catch (Exception internalError) when (internalError is not OutOfMemoryException)
        {
            // A bug in the engine must not take the host down: report it like CPython's SystemError.
            uncaught = PyErr.New(BuiltinTypes.SystemError, "internal error in PyCgiRunner: " + internalError.GetType().Name + ": " + internalError.Message);
            formatted = ExceptionFormatting.FormatTraceback(uncaught);
            WriteStderr(ctx, formatted);
            exitCode = 1;
        }
        exitCode = RunExitFunctions(ctx, exitCode);
        TryFinishSoftspace(ctx);
        TryFlush(ctx.SysAttr("stdout"));
        TryFlush(stderr);
        return new ProgramResult(exitCode, uncaught, null) { FormattedTraceback = formatted };
    }

    /// <summary>SystemExit sets the status; any other exception goes to sys.excepthook (traceback on stderr).</summary>
    private static int HandleUncaught(PyContext ctx, PythonException e, out bool isSystemExit)
    {
        isSystemExit = e.Value.Type.IsSubtypeOf(BuiltinTypes.SystemExit);
        if (isSystemExit)
        {
            TryFinishSoftspace(ctx);
            return SystemExitCode(ctx, e);
        }
        try
        {
            var hook = ctx.Sys.Dict.GetStrOrNull("excepthook");
            // The default hook ends a pending print line first (Py_FlushLine in PyErr_Display); a script's own
            // hook (cgitb) writes right after it, and the newline comes at exit if still pending.
            if (hook is null || ReferenceEquals(hook, ctx.Sys.Dict.GetStrOrNull("__excepthook__"))) TryFinishSoftspace(ctx);
            var tb = (PyObject?)e.BuildTraceback() ?? PyNone.Instance;
            if (hook is not null) hook.Call([e.PyClass, e.Value, tb], null);
            else WriteStderr(ctx, ExceptionFormatting.FormatTraceback(e));
        }
        catch (PythonException hookError)
        {
            WriteStderr(ctx, "Error in sys.excepthook:\n" + ExceptionFormatting.FormatTraceback(hookError) + "\nOriginal exception was:\n" + ExceptionFormatting.FormatTraceback(e));
        }
        return 1;
    }

    private static int SystemExitCode(PyContext ctx, PythonException e)
    {
        var code = e.Value.InstanceDict?.GetStrOrNull("code") ?? PyNone.Instance;
        switch (code)
        {
            case PyNone: return 0;
            case PyInt i: return (int)(i.Value & 0xFF);
            default:
                WriteStderr(ctx, Ops.Str(code) + "\n");
                return 1;
        }
    }

    private static int RunExitFunctions(PyContext ctx, int exitCode)
    {
        try
        {
            if (ctx.Sys.Dict.GetStrOrNull("exitfunc") is { } exitfunc) exitfunc.Call([], null);
            else if (ctx.Modules.GetStrOrNull("atexit") is PyModule atexit && atexit.Dict.GetStrOrNull("_run_exitfuncs") is { } run)
                run.Call([], null);
        }
        catch (PythonException e)
        {
            if (e.Value.Type.IsSubtypeOf(BuiltinTypes.SystemExit)) return SystemExitCode(ctx, e);
            WriteStderr(ctx, "Error in atexit._run_exitfuncs:\n" + ExceptionFormatting.FormatTraceback(e));
        }
        return exitCode;
    }

    private static void WriteStderr(PyContext ctx, string text)
    {
        try { PrintNode.Write(ctx.SysAttr("stderr"), PyStr.From(text)); }
        catch (PythonException) { }
    }

    /// <summary>A pending softspace at exit means print left a line open: CPython writes the newline.</summary>
    private static void TryFinishSoftspace(PyContext ctx)
    {
        try
        {
            var stdout = ctx.SysAttr("stdout");
            if (PrintNode.GetSoftSpace(stdout))
            {
                PrintNode.Write(stdout, PyStr.Char('\n'));
                PrintNode.SetSoftSpace(stdout, false);
            }
        }
        catch (PythonException) { }
    }

    private static void TryFlush(PyObject file)
    {
        try
        {
            if (file is PyFile f) { if (!f.Closed) f.Flush(); }
            else Ops.CallMethod(file, "flush");
        }
        catch (PythonException) { }
        catch (IOException) { }
    }
}
