namespace Cordon.Regulation.Tests;

/// <summary>A throw-away rules folder holding kb.yaml and one list file (rules/us/test.yaml).</summary>
internal sealed class TemporaryRules : IDisposable
{
    public TemporaryRules(string listFile)
    {
        Folder = Path.Combine(Path.GetTempPath(), "cordon-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "us"));
        File.WriteAllText(Path.Combine(Folder, "kb.yaml"), "version: 2000.01.01\njurisdictions:\n  - {code: US, name: United States}\n");
        File.WriteAllText(Path.Combine(Folder, "us", "test.yaml"), listFile.Replace("\r\n", "\n"));
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
