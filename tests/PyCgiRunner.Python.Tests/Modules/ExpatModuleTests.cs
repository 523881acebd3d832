using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>
/// pyexpat beyond what CPython 2.7.18 can be the oracle for (its event streams are the lib-xml corpus): the
/// bounds on entity expansion, the deadline, and that parsing never reaches the file system on its own.
/// </summary>
public sealed class ExpatModuleTests
{
    private const string BillionLaughs = """
        import pyexpat
        lol = '<!DOCTYPE z [<!ENTITY l0 "lol">' + ''.join('<!ENTITY l%d "%s">' % (i, ('&l%d;' % (i - 1)) * 10) for i in range(1, 10)) + ']>'
        for body in ('<z>&l9;</z>', '<z a="&l9;"/>'):
            p = pyexpat.ParserCreate()
            p.CharacterDataHandler = lambda data: None
            try:
                p.Parse(lol + body, 1)
                print 'parsed'
            except pyexpat.ExpatError as e:
                print e.code, e
        """;

    [Fact]
    public void EntityExpansionBomb_InContentAndAttribute_FailsWithAmplificationError()
    {
        var lines = Py.Out(BillionLaughs).TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("43 limit on input amplification factor (from DTD and entities) breached: line 1, column ", l));
    }

    [Fact]
    public void EntityExpansionBomb_ErrorString_StaysNoneAsInExpat228()
        => Assert.Equal("None\n", Py.Out("import pyexpat\nprint pyexpat.ErrorString(43)\n"));

    [Fact]
    public void LongParse_WithoutHandlers_IsStoppedAtTheDeadline()
    {
        var o = Py.Run("import pyexpat\np = pyexpat.ParserCreate()\np.Parse('<r>' + '<b/>' * 5000000 + '</r>', 1)\nprint 'done'\n",
            new ExecutionLimits { Deadline = DateTime.UtcNow.AddMilliseconds(200) });
        Assert.Equal(ScriptStopReason.TimeLimit, o.Result.StoppedBy);
    }

    [Fact]
    public void ExternalEntity_WithoutHandler_IsNeverRead()
    {
        // The entity names a file that exists: expat only reports the reference, it never opens anything.
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "<secret/>");
        try
        {
            var source = "import pyexpat\np = pyexpat.ParserCreate()\np.SetParamEntityParsing(2)\nseen = []\n"
                + "p.StartElementHandler = lambda n, a: seen.append(n)\np.SkippedEntityHandler = lambda n, pe: seen.append('skipped ' + n)\n"
                + $"p.Parse('<!DOCTYPE r SYSTEM \"{path}\" [<!ENTITY e SYSTEM \"{path}\">]><r>&e;</r>', 1)\nprint seen\n";
            Assert.Equal("[u'r']\n", Py.Out(source));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DeepEntityNesting_UsesNoDotNetStack()
    {
        // 50000 entities each referring to the next: expanded with an explicit stack, on a small thread.
        const string source = """
            import pyexpat
            ents = ''.join('<!ENTITY e%d "&e%d;">' % (i, i + 1) for i in range(50000)) + '<!ENTITY e50000 "end">'
            p = pyexpat.ParserCreate()
            out = []
            p.CharacterDataHandler = out.append
            p.Parse('<!DOCTYPE a [' + ents + ']><a b="&e0;">&e0;</a>', 1)
            print out
            """;
        Py.Outcome? outcome = null;
        var thread = new Thread(() => outcome = Py.Run(source, onCurrentThread: true), 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("[u'end']\n", outcome!.Stdout);
    }

    [Fact]
    public void HandlerException_PropagatesAndLaterParsesReportFinished()
    {
        const string source = """
            import pyexpat
            p = pyexpat.ParserCreate()
            def start(name, attrs):
                raise KeyError(name)
            p.StartElementHandler = start
            try:
                p.Parse('<a><b/></a>', 1)
            except KeyError as e:
                print 'KeyError', e, p.StartElementHandler
            try:
                p.Parse('<c/>', 1)
            except pyexpat.ExpatError as e:
                print e.code, e
            """;
        Assert.Equal("KeyError u'a' None\n36 parsing finished: line 1, column 3\n", Py.Out(source));
    }
}
