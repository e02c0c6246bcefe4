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
        File.WriteAllText(Path.Combine(Folder, "official-publishers.yaml"),
            "publishers:\n  - {host: ecfr.gov, publisher: eCFR}\n  - {host: federalregister.gov, publisher: Federal Register}\n");
    }

    /// <summary>The head of a test list file (list us.test); the file's substances follow it.</summary>
    public const string ListHead = "jurisdiction: US\nlist:\n  id: us.test\n  name: Test list\n  authority: test\n  url: https://example.org\nsubstances:\n";

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
