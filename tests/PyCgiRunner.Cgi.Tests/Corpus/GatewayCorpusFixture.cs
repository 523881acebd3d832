using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Tests.Support;

namespace PyCgiRunner.Cgi.Tests.Corpus;

/// <summary>
/// Two real servers (strict and tutorial-compatible header modes) whose /cgi-bin/ holds one empty file per corpus
/// case and helper; the corpus runner plays each program's output.
/// </summary>
public sealed class GatewayCorpusFixture : IAsyncLifetime
{
    private readonly string _cgiBin = Path.Combine(Path.GetTempPath(), "pycgi-gw-" + Guid.NewGuid().ToString("N"));

    public GatewayServer Strict { get; private set; } = null!;
    public GatewayServer Tutorial { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_cgiBin);
        foreach (var json in Directory.GetFiles(RepoPaths.GatewayCorpus, "*.json"))
            File.WriteAllBytes(Path.Combine(_cgiBin, Path.GetFileNameWithoutExtension(json)), []);
        File.WriteAllBytes(Path.Combine(_cgiBin, "other"), []);
        File.WriteAllBytes(Path.Combine(_cgiBin, "echo_env"), []);
        var runner = new CorpusScriptRunner(RepoPaths.GatewayCorpus);
        Strict = await GatewayServer.StartAsync(runner, o => Configure(o, CgiHeaderMode.Strict));
        Tutorial = await GatewayServer.StartAsync(runner, o => Configure(o, CgiHeaderMode.TutorialCompatible));
    }

    private void Configure(CgiOptions options, CgiHeaderMode mode)
    {
        options.ScriptAliases["/cgi-bin/"] = _cgiBin;
        options.HeaderMode = mode;
        options.Mode = CgiMode.Production;
    }

    public async Task DisposeAsync()
    {
        await Strict.DisposeAsync();
        await Tutorial.DisposeAsync();
        Directory.Delete(_cgiBin, recursive: true);
    }
}
