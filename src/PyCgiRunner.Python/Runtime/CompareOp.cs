namespace PyCgiRunner.Python.Runtime;

/// <summary>The six rich comparisons (Python 2.7 reference §3.4.1, __lt__ ... __ge__).</summary>
public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }
