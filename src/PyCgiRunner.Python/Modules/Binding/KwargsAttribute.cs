namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>The PyDict parameter that receives the keyword arguments no other parameter took (**kwargs).</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class KwargsAttribute : Attribute;
