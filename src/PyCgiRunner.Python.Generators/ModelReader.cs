using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PyCgiRunner.Python.Generators;

/// <summary>Reads a [PythonModule] or [PythonType] class into the model the writer emits from.</summary>
internal static class ModelReader
{
    private const string Ns = "PyCgiRunner.Python.Modules.Binding.";
    private const string RuntimeNs = "PyCgiRunner.Python.Runtime.";

    private static readonly SymbolDisplayFormat WithNullable = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static ClassModel ReadClass(INamedTypeSymbol cls, AttributeData attribute, bool isModule)
    {
        var model = new ClassModel
        {
            IsModule = isModule,
            ClassName = cls.Name,
            Namespace = cls.ContainingNamespace.IsGlobalNamespace ? null : cls.ContainingNamespace.ToDisplayString(),
            FullName = cls.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            HintName = cls.ToDisplayString().Replace('.', '_'),
            Accessibility = cls.DeclaredAccessibility == Accessibility.Public ? "public" : "internal",
        };
        if (isModule)
        {
            model.PythonName = attribute.ConstructorArguments[0].Value as string ?? cls.Name;
            model.Doc = Named(attribute, "Doc");
        }
        if (cls.ContainingType is not null) model.Errors.Add((cls.Locations.FirstOrDefault(), $"{cls.Name}: native binding classes must not be nested"));

        foreach (var member in cls.GetMembers())
        {
            var attrs = member.GetAttributes();
            if (member is IMethodSymbol method)
            {
                if (attrs.FirstOrDefault(a => Is(a, "PythonFunctionAttribute")) is { } fa) ReadFunction(model, method, fa);
                if (attrs.Any(a => Is(a, "PythonModuleInitAttribute"))) model.InitMethod = method.Name;
            }
            else if (attrs.FirstOrDefault(a => Is(a, "PythonConstantAttribute")) is { } ca)
            {
                var type = member is IFieldSymbol f ? f.Type : ((IPropertySymbol)member).Type;
                var name = ca.ConstructorArguments.FirstOrDefault().Value as string ?? member.Name;
                model.Constants.Add((name, member.Name, ValueOf(type, model, member)));
            }
            else if (member is IPropertySymbol property && attrs.FirstOrDefault(a => Is(a, "PythonGetterAttribute")) is { } ga)
            {
                model.Getters.Add(new GetterModel
                {
                    PythonName = ga.ConstructorArguments.FirstOrDefault().Value as string ?? property.Name,
                    PropertyName = property.Name,
                    Kind = ValueOf(property.Type, model, property),
                    CSharpType = property.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    Writable = property.SetMethod is { DeclaredAccessibility: not Accessibility.Private },
                });
            }
        }
        return model;
    }

    private static void ReadFunction(ClassModel model, IMethodSymbol method, AttributeData attribute)
    {
        var fn = new FunctionModel
        {
            PythonName = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? method.Name,
            MethodName = method.Name,
            IsStatic = method.IsStatic,
            Keywords = Named(attribute, "Keywords") == "True",
            Doc = Named(attribute, "Doc"),
            Result = ValueOf(method.ReturnType, model, method),
        };
        if (model.IsModule && !method.IsStatic)
            model.Errors.Add((method.Locations.FirstOrDefault(), $"{method.Name}: module functions must be static"));
        if (!model.IsModule && method.IsStatic)
            model.Errors.Add((method.Locations.FirstOrDefault(), $"{method.Name}: type methods must be instance methods"));
        foreach (var p in method.Parameters) fn.Params.Add(ReadParam(model, method, p));
        model.Functions.Add(fn);
    }

    private static ParamModel ReadParam(ClassModel model, IMethodSymbol method, IParameterSymbol p)
    {
        var type = p.Type;
        var param = new ParamModel
        {
            Name = p.Name,
            CSharpType = type.ToDisplayString(WithNullable),
            Default = p.HasExplicitDefaultValue ? Literal(p.ExplicitDefaultValue, type) : null,
        };
        var full = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
        if (p.IsParams) param.Kind = ParamKind.Rest;
        else if (p.GetAttributes().Any(a => Is(a, "KwargsAttribute"))) param.Kind = ParamKind.Kwargs;
        else if (full == RuntimeNs + "PyContext") param.Kind = ParamKind.Context;
        else if (full == RuntimeNs + "PyObject") param.Kind = ParamKind.Object;
        else
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Int64: param.Kind = ParamKind.Long; break;
                case SpecialType.System_Int32: param.Kind = ParamKind.Int; break;
                case SpecialType.System_Double: param.Kind = ParamKind.Double; break;
                case SpecialType.System_String: param.Kind = ParamKind.String; break;
                case SpecialType.System_Boolean: param.Kind = ParamKind.Bool; break;
                default:
                    if (DerivesFromPyObject(type))
                    {
                        param.Kind = ParamKind.Typed;
                    }
                    else model.Errors.Add((p.Locations.FirstOrDefault(), $"{method.Name}: parameter '{p.Name}' of type {full} cannot bind a Python argument"));
                    break;
            }
        }
        if (param.Default is "null" && param.IsNamed && param.Kind is not (ParamKind.Object or ParamKind.Typed or ParamKind.String))
            model.Errors.Add((p.Locations.FirstOrDefault(), $"{method.Name}: parameter '{p.Name}' cannot default to null"));
        return param;
    }

    private static ValueKind ValueOf(ITypeSymbol type, ClassModel model, ISymbol where)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Void: return ValueKind.Void;
            case SpecialType.System_Boolean: return ValueKind.Bool;
            case SpecialType.System_Int64: return ValueKind.Long;
            case SpecialType.System_Int32: return ValueKind.Int;
            case SpecialType.System_Double: return ValueKind.Double;
            case SpecialType.System_String: return ValueKind.String;
        }
        if (type.ToDisplayString() == "System.Numerics.BigInteger") return ValueKind.BigInteger;
        if (DerivesFromPyObject(type)) return ValueKind.Object;
        model.Errors.Add((where.Locations.FirstOrDefault(), $"{where.Name}: type {type.ToDisplayString()} cannot become a Python value"));
        return ValueKind.Object;
    }

    private static bool DerivesFromPyObject(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.ToDisplayString() == RuntimeNs + "PyObject") return true;
        return false;
    }

    private static string Literal(object? value, ITypeSymbol type) => value switch
    {
        null => type.IsValueType ? "default" : "null",
        bool b => b ? "true" : "false",
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d",
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L",
        _ => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static bool Is(AttributeData a, string name) => a.AttributeClass?.ToDisplayString() == Ns + name;

    private static string? Named(AttributeData a, string name)
        => a.NamedArguments.FirstOrDefault(kv => kv.Key == name).Value is { IsNull: false } v ? v.Value?.ToString() : null;
}
