using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>
/// Builtin types are shared by every request of the process (issue 7 item 1): no route from a script may change
/// them. Expected output from CPython 2.7.18.
/// </summary>
public sealed class BuiltinTypeImmutabilityTests
{
    private const string Routes = """
import types
def attempt(code):
    try:
        exec code in {'types': types}
        print 'allowed:', code
    except (TypeError, AttributeError) as e:
        print type(e).__name__ + ":", e
for code in ["object.__dict__['__setattr__'] = len", "str.__dict__['title'] = len", "del str.__dict__['upper']",
             "type.__dict__['mro'] = len", "type(None).__dict__['x'] = 1", "types.FunctionType.__dict__['x'] = 1",
             "dict.__dict__['keys'] = len", "vars(str)['upper'] = len", "type.__dict__['__dict__'].__get__(str)['upper'] = len",
             "dict.__setitem__(str.__dict__, 'upper', len)", "setattr(str, 'upper', len)", "delattr(str, 'upper')",
             "object.__setattr__(str, 'upper', len)", "type.__setattr__(str, 'upper', len)", "object.__delattr__(dict, 'keys')",
             "setattr(type(None), 'x', 1)", "setattr(types.FunctionType, 'x', 1)", "int.__dict__.clear()"]:
    attempt(code)
print type(str.__dict__).__name__, type(vars(object)).__name__, type(type.__dict__["__dict__"].__get__(dict)).__name__
d = str.__dict__
print 'upper' in d, d.has_key('upper'), d.get('nope', 42), type(d.copy()).__name__, len(d) == len(d.keys()), type(d['upper']).__name__
print sorted(k for k in d if k in ('upper', 'lower')), sorted(d.items())[0][0], repr(type(None).__dict__)[:11]
class C(object):
    pass
C.x = 1
setattr(C, 'y', 2)
print C.__dict__['x'], C.y, type(C.__dict__).__name__
""";

    private const string RoutesExpected = """
TypeError: 'dictproxy' object does not support item assignment
TypeError: 'dictproxy' object does not support item assignment
TypeError: 'dictproxy' object does not support item deletion
TypeError: 'dictproxy' object does not support item assignment
TypeError: 'dictproxy' object does not support item assignment
TypeError: 'dictproxy' object does not support item assignment
TypeError: 'dictproxy' object does not support item assignment
TypeError: 'dictproxy' object does not support item assignment
TypeError: 'dictproxy' object does not support item assignment
TypeError: descriptor '__setitem__' requires a 'dict' object but received a 'dictproxy'
TypeError: can't set attributes of built-in/extension type 'str'
TypeError: can't set attributes of built-in/extension type 'str'
TypeError: can't apply this __setattr__ to type object
TypeError: can't set attributes of built-in/extension type 'str'
TypeError: can't apply this __delattr__ to type object
TypeError: can't set attributes of built-in/extension type 'NoneType'
TypeError: can't set attributes of built-in/extension type 'function'
AttributeError: 'dictproxy' object has no attribute 'clear'
dictproxy dictproxy dictproxy
True True 42 dict True method_descriptor
['lower', 'upper'] __add__ dict_proxy(
1 2 dictproxy
""";

    [Fact]
    public void TypeDict_EveryWriteRoute_RaisesWhatCPythonRaises()
    {
        Assert.Equal(RoutesExpected + "\n", Py.Out(Routes));
    }

    [Fact]
    public void TypeDict_AfterAHostileRun_TheNextRunSeesPristineTypes()
    {
        Py.Run("""
            def spy(self, name, value):
                object.__setattr__(self, name, 'spied')
            for target, key, value in [(object, '__setattr__', spy), (str, 'upper', len), (str, 'title', len)]:
                for way in (lambda: target.__dict__.__setitem__(key, value), lambda: setattr(target, key, value),
                            lambda: vars(target).__setitem__(key, value), lambda: target.__dict__.__delitem__(key)):
                    try:
                        way()
                    except (TypeError, AttributeError):
                        pass
            """);
        var after = Py.Out("class D(object):\n    pass\nd = D()\nd.a = 'clean'\nprint d.a, 'abc'.upper(), 'ab cd'.title()\n");
        Assert.Equal("clean ABC Ab Cd\n", after);
    }
}
