using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>Creates the _sre types once per process, their methods and attributes from the generated binders.</summary>
internal static class SreTypes
{
    public static PyType Create(string name, string? doc, Action<PyType> defineMembers)
    {
        var type = new PyType(name, BuiltinTypes.Object);
        type.Dict.SetStr("__module__", PyStr.From("_sre"));
        type.Dict.SetStr("__doc__", doc is null ? PyNone.Instance : PyStr.From(doc));
        defineMembers(type);
        return type;
    }

    /// <summary>re._subx, re._expand: the parts of sub() and expand() that CPython leaves to the re module.</summary>
    public static PyObject CallRe(string function, params PyObject[] args)
    {
        var ctx = PyContext.Current;
        var re = ctx.Engine.Importer.ImportDotted(ctx, "re");
        return Ops.CallFunction(Ops.GetAttr(re, function), args);
    }
}
