using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>Outside the policy's roots, file and directory access fails with errno 13 naming the policy.</summary>
public class SandboxRefusalTests
{
    [Fact]
    public void ListDir_OutsideAllowedRoots_OSErrorErrno13NamingPolicy()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "import os\ntry:\n    os.listdir('/etc')\nexcept OSError, e:\n    print e.errno, 'sandbox policy' in e.strerror\n",
            ScriptRunner.Restricted());
        Assert.Equal("13 True\n", stdout);
    }

    [Fact]
    public void Open_OutsideAllowedRoots_IOErrorErrno13NamingPolicy()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "try:\n    open('/etc/hostname')\nexcept IOError, e:\n    print e.errno, 'sandbox policy' in e.strerror\n",
            ScriptRunner.Restricted());
        Assert.Equal("13 True\n", stdout);
    }

    [Fact]
    public void ProcessCreation_AnyForm_OSErrorNamingPolicy()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "import os, subprocess\nfor f in (lambda: os.system('ls'), lambda: os.fork(), lambda: subprocess.call(['ls'])):\n" +
            "    try:\n        f()\n    except OSError, e:\n        print e\n");
        Assert.Equal(string.Concat(Enumerable.Repeat("[Errno 1] Operation not permitted: process creation is disabled in PyCgiRunner\n", 3)), stdout);
    }

    [Fact]
    public void Exit_Underscore_SkipsAtexitAndFinally()
    {
        var (stdout, _, code) = ScriptRunner.Run(
            "import os, atexit\natexit.register(lambda: os.write(1, 'atexit ran\\n'))\nprint 'before'\ntry:\n    os._exit(3)\nexcept:\n    print 'caught'\n");
        Assert.Equal(3, code);
        // stdout is block-buffered as CPython's is into a pipe: os._exit discards what was not flushed.
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Environ_SetAndDelete_KeptInSyncWithGetenv()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "import os\nos.environ['A_B'] = 'x'\nprint os.getenv('A_B'), 'A_B' in os.environ\ndel os.environ['A_B']\nprint os.getenv('A_B', 'gone'), type(os.environ).__name__\n",
            env: new() { ["HOME"] = "/h" });
        Assert.Equal("x True\ngone instance\n", stdout);
    }
}
