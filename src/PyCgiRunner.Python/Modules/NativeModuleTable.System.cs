using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Modules.SystemModules;

namespace PyCgiRunner.Python.Modules;

public static partial class NativeModuleTable
{
    /// <summary>os, time, math and the other modules that reach the host or the interpreter (os itself is stdlib-shims/os.py over posix).</summary>
    private static void RegisterSystemModules(NativeModules modules)
    {
        modules.Register("posix", PosixModule.Create);
        modules.Register("errno", _ => ErrnoModule.Create());
        modules.Register("pwd", _ => PwdModule.CreatePwd());
        modules.Register("grp", _ => PwdModule.CreateGrp());
        modules.Register("platform", _ => HostModules.CreatePlatform());
        modules.Register("socket", _ => HostModules.CreateSocket());
        modules.Register("select", _ => HostModules.CreateSelect());
        modules.Register("subprocess", _ => HostModules.CreateSubprocess());
        modules.Register("ctypes", _ => HostModules.CreateCtypes());
        modules.Register("signal", _ => HostModules.CreateSignal());
        modules.Register("gc", _ => InterpreterModules.CreateGc());
        modules.Register("imp", InterpreterModules.CreateImp);
        modules.Register("thread", _ => ThreadModule.Create("thread"));
        modules.Register("locale", LocaleModule.Create);
        modules.Register("time", TimeModule.Create);
        modules.Register("math", _ => MathModule.Create());
        modules.Register("itertools", _ => ItertoolsModule.Create());
        modules.Register("operator", _ => OperatorModule.Create());
        modules.Register("cStringIO", _ => CStringIOModule.Create());
    }
}
