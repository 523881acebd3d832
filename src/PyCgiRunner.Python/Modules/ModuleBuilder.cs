using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules;

/// <summary>Small helpers to build native modules: Python-visible names are written as-is.</summary>
public sealed class ModuleBuilder
{
    public PyModule Module { get; }

    public ModuleBuilder(string name, string? doc = null)
    {
        Module = new PyModule(name);
        if (doc is not null) Module.Dict.SetStr("__doc__", PyStr.From(doc));
    }

    public ModuleBuilder Fn(string name, BuiltinFunctionBody body)
    {
        Module.Dict.SetStr(name, new PyBuiltinFunction(name, body));
        return this;
    }

    public ModuleBuilder Value(string name, PyObject value)
    {
        Module.Dict.SetStr(name, value);
        return this;
    }

    public ModuleBuilder Value(string name, string value) => Value(name, PyStr.From(value));
    public ModuleBuilder Value(string name, long value) => Value(name, PyInt.Get(value));

    public static implicit operator PyModule(ModuleBuilder b) => b.Module;
}
