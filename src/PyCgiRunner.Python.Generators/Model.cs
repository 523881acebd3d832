using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PyCgiRunner.Python.Generators;

/// <summary>How a C# parameter receives its Python argument.</summary>
internal enum ParamKind { Object, Long, Int, Double, String, Bool, Typed, Rest, Kwargs, Context }

/// <summary>How a C# result becomes a Python object.</summary>
internal enum ValueKind { Void, Object, Bool, Long, Int, Double, String, BigInteger }

internal sealed class ParamModel
{
    public string Name = "";
    public ParamKind Kind;
    public string CSharpType = "";
    public string? Default;

    public bool IsOptional => Default is not null;
    /// <summary>True for parameters that take a Python argument (all but *args, **kwargs and the context).</summary>
    public bool IsNamed => Kind is not (ParamKind.Rest or ParamKind.Kwargs or ParamKind.Context);
}

internal sealed class FunctionModel
{
    public string PythonName = "";
    public string MethodName = "";
    public bool IsStatic;
    public bool Keywords;
    public string? Doc;
    public ValueKind Result;
    public List<ParamModel> Params = new();
}

internal sealed class GetterModel
{
    public string PythonName = "";
    public string PropertyName = "";
    public ValueKind Kind;
    public string CSharpType = "";
    public bool Writable;
}

internal sealed class ClassModel
{
    public string HintName = "";
    public string FullName = "";
    public string? Namespace;
    public string ClassName = "";
    public string Accessibility = "internal";
    public bool IsModule;
    public string PythonName = "";
    public string? Doc;
    public string? InitMethod;
    public List<FunctionModel> Functions = new();
    public List<(string PythonName, string Member, ValueKind Kind)> Constants = new();
    public List<GetterModel> Getters = new();
    public List<(Location? Location, string Message)> Errors = new();
}
