namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The builtin type objects, created once per process in dependency order and shared by every request
/// (they are immutable from Python: setting attributes on a builtin type is a TypeError).
/// Their methods are added by the *Type setup classes in Builtins/ when BuiltinTypes is first touched.
/// </summary>
public static class BuiltinTypes
{
    public static readonly PyType Object = new("object", null);
    public static readonly PyType Type = new("type", Object);
    public static readonly PyType NoneType = new("NoneType", Object);
    public static readonly PyType NotImplementedType = new("NotImplementedType", Object);
    public static readonly PyType Ellipsis = new("ellipsis", Object);
    public static readonly PyType Int = new("int", Object);
    public static readonly PyType Bool = new("bool", Int);
    public static readonly PyType Long = new("long", Object);
    public static readonly PyType Float = new("float", Object);
    public static readonly PyType Complex = new("complex", Object);
    public static readonly PyType BaseString = new("basestring", Object);
    public static readonly PyType Str = new("str", BaseString);
    public static readonly PyType Unicode = new("unicode", BaseString);
    public static readonly PyType Tuple = new("tuple", Object);
    public static readonly PyType List = new("list", Object);
    public static readonly PyType Dict = new("dict", Object);
    public static readonly PyType Set = new("set", Object);
    public static readonly PyType FrozenSet = new("frozenset", Object);
    public static readonly PyType Slice = new("slice", Object);
    public static readonly PyType XRange = new("xrange", Object);
    public static readonly PyType Function = new("function", Object);
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", Object);
    public static readonly PyType MethodDescriptor = new("method_descriptor", Object);
    public static readonly PyType WrapperDescriptor = new("wrapper_descriptor", Object);
    public static readonly PyType InstanceMethod = new("instancemethod", Object);
    public static readonly PyType Module = new("module", Object);
    public static readonly PyType ClassObj = new("classobj", Object);
    public static readonly PyType InstanceType = new("instance", Object);
    public static readonly PyType Property = new("property", Object);
    public static readonly PyType StaticMethod = new("staticmethod", Object);
    public static readonly PyType ClassMethod = new("classmethod", Object);
    public static readonly PyType Super = new("super", Object);
    public static readonly PyType Generator = new("generator", Object);
    public static readonly PyType File = new("file", Object);
    public static readonly PyType Iterator = new("iterator", Object);
    public static readonly PyType CallableIterator = new("callable-iterator", Object);
    public static readonly PyType ListIterator = new("listiterator", Object);
    public static readonly PyType ListReverseIterator = new("listreverseiterator", Object);
    public static readonly PyType TupleIterator = new("tupleiterator", Object);
    public static readonly PyType DictKeyIterator = new("dictionary-keyiterator", Object);
    public static readonly PyType DictValueIterator = new("dictionary-valueiterator", Object);
    public static readonly PyType DictItemIterator = new("dictionary-itemiterator", Object);
    public static readonly PyType SetIterator = new("setiterator", Object);
    public static readonly PyType DictKeys = new("dict_keys", Object);
    public static readonly PyType DictValues = new("dict_values", Object);
    public static readonly PyType DictItems = new("dict_items", Object);
    public static readonly PyType RangeIterator = new("rangeiterator", Object);
    /// <summary>Every iterator type: they share next() and __iter__.</summary>
    public static PyType[] IteratorTypes => [Iterator, CallableIterator, ListIterator, ListReverseIterator, TupleIterator,
        DictKeyIterator, DictValueIterator, DictItemIterator, SetIterator, RangeIterator, Reversed, Enumerate];
    public static readonly PyType Enumerate = new("enumerate", Object);
    public static readonly PyType Reversed = new("reversed", Object);
    public static readonly PyType Cell = new("cell", Object);
    public static readonly PyType Code = new("code", Object);
    public static readonly PyType FrameType = new("frame", Object);
    public static readonly PyType Traceback = new("traceback", Object);
    public static readonly PyType DictProxy = new("dictproxy", Object);
    public static readonly PyType MemberDescriptor = new("member_descriptor", Object);
    public static readonly PyType GetSetDescriptor = new("getset_descriptor", Object);
    public static readonly PyType ByteArray = new("bytearray", Object);

    // Python 2.7 exception hierarchy (library reference §6.1, "Exception hierarchy").
    public static readonly PyType BaseException = Exc("BaseException", Object);
    public static readonly PyType SystemExit = Exc("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Exc("GeneratorExit", BaseException);
    public static readonly PyType Exception = Exc("Exception", BaseException);
    public static readonly PyType StopIteration = Exc("StopIteration", Exception);
    public static readonly PyType StandardError = Exc("StandardError", Exception);
    public static readonly PyType BufferError = Exc("BufferError", StandardError);
    public static readonly PyType ArithmeticError = Exc("ArithmeticError", StandardError);
    public static readonly PyType FloatingPointError = Exc("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Exc("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Exc("AssertionError", StandardError);
    public static readonly PyType AttributeError = Exc("AttributeError", StandardError);
    public static readonly PyType EnvironmentError = Exc("EnvironmentError", StandardError);
    public static readonly PyType IOError = Exc("IOError", EnvironmentError);
    public static readonly PyType OSError = Exc("OSError", EnvironmentError);
    public static readonly PyType EOFError = Exc("EOFError", StandardError);
    public static readonly PyType ImportError = Exc("ImportError", StandardError);
    public static readonly PyType LookupError = Exc("LookupError", StandardError);
    public static readonly PyType IndexError = Exc("IndexError", LookupError);
    public static readonly PyType KeyError = Exc("KeyError", LookupError);
    public static readonly PyType MemoryError = Exc("MemoryError", StandardError);
    public static readonly PyType NameError = Exc("NameError", StandardError);
    public static readonly PyType UnboundLocalError = Exc("UnboundLocalError", NameError);
    public static readonly PyType ReferenceError = Exc("ReferenceError", StandardError);
    public static readonly PyType RuntimeError = Exc("RuntimeError", StandardError);
    public static readonly PyType NotImplementedError = Exc("NotImplementedError", RuntimeError);
    public static readonly PyType SyntaxError = Exc("SyntaxError", StandardError);
    public static readonly PyType IndentationError = Exc("IndentationError", SyntaxError);
    public static readonly PyType TabError = Exc("TabError", IndentationError);
    public static readonly PyType SystemError = Exc("SystemError", StandardError);
    public static readonly PyType TypeError = Exc("TypeError", StandardError);
    public static readonly PyType ValueError = Exc("ValueError", StandardError);
    public static readonly PyType UnicodeError = Exc("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = Exc("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Exc("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Exc("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = Exc("Warning", Exception);
    public static readonly PyType DeprecationWarning = Exc("DeprecationWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Exc("PendingDeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = Exc("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Exc("SyntaxWarning", Warning);
    public static readonly PyType UserWarning = Exc("UserWarning", Warning);
    public static readonly PyType FutureWarning = Exc("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Exc("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = Exc("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = Exc("BytesWarning", Warning);

    public static readonly PyType[] ExceptionTypes =
    [
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StandardError,
        BufferError, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
        AttributeError, EnvironmentError, IOError, OSError, EOFError, ImportError, LookupError, IndexError,
        KeyError, MemoryError, NameError, UnboundLocalError, ReferenceError, RuntimeError, NotImplementedError,
        SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
        UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, DeprecationWarning,
        PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning, FutureWarning, ImportWarning,
        UnicodeWarning, BytesWarning,
    ];

    private static PyType Exc(string name, PyType baseType)
    {
        var t = new PyType(name, baseType) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("exceptions"));
        return t;
    }

    static BuiltinTypes()
    {
        Builtins.TypeSetup.Initialize();
    }

    /// <summary>Forces the static initialization (the setup of every builtin type's methods).</summary>
    public static void EnsureInitialized() { }
}
