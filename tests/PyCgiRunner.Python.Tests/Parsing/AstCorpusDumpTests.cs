using PyCgiRunner.Python.Parsing;

namespace PyCgiRunner.Python.Tests.Parsing;

/// <summary>
/// Development aid: with PYCGI_AST_DUMP_DIR set, writes the tree of every shared source in AstDump form so it
/// can be diffed against tools/ast_dump.py run by CPython 2.7. Does nothing otherwise (CI has no CPython).
/// </summary>
public class AstCorpusDumpTests
{
    [Fact]
    public void DumpSharedSources_WhenRequested_WritesTrees()
    {
        string? outDir = Environment.GetEnvironmentVariable("PYCGI_AST_DUMP_DIR");
        if (string.IsNullOrEmpty(outDir)) return;
        foreach (string rel in SharedSources.PythonFiles())
        {
            try
            {
                // compile() of a string: no PEP 263 file check, as the CPython side does.
                var m = PythonParser.ParseModule(File.ReadAllBytes(Path.Combine(SharedSources.Root, rel)), rel, origin: PyCgiRunner.Python.Lexing.SourceOrigin.String);
                File.WriteAllText(Path.Combine(outDir, rel.Replace("/", "__") + ".ast"), AstDump.Dump(m));
            }
            catch (PythonSyntaxError)
            {
            }
        }
    }
}
