namespace Cordon.Cli.Tests;

public sealed class KbCommandTests
{
    [Fact]
    public void Validate_passes_on_the_shipped_rules()
    {
        var (code, stdout, _) = CliRunner.Run("kb", "validate", "--rules", CliRunner.RepoFile("rules"));
        Assert.Equal(0, code);
        Assert.Contains("0 errors", stdout);
    }

    [Fact]
    public void Validate_fails_with_file_and_line_on_broken_rules()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cordon-rules-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "us"));
        File.WriteAllText(Path.Combine(folder, "kb.yaml"), "version: 2000.01.01\njurisdictions:\n  - {code: US, name: United States}\n");
        File.WriteAllText(Path.Combine(folder, "us", "bad.yaml"),
            "jurisdiction: US\nlist: {id: us.bad, name: Bad, authority: a, url: u}\nsubstances:\n" +
            "  - {id: us.bad.x, name: x, cas: 437-38-6, smiles: CC, clause: c, citation: {section: s, source: t}, effective: 2020}\n");
        try
        {
            var (code, stdout, _) = CliRunner.Run("kb", "validate", "--rules", folder);
            Assert.Equal(3, code);
            Assert.Contains("rules/us/bad.yaml:4:", stdout);
            Assert.Contains("check digit", stdout);

            var check = CliRunner.Run("check", "CCO", "--rules", folder);
            Assert.Equal(3, check.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void List_filters_by_jurisdiction()
    {
        var (code, stdout, _) = CliRunner.Run("kb", "list", "--jurisdiction", "UN");
        Assert.Equal(0, code);
        Assert.Contains("un.table-i.npp", stdout);
        Assert.DoesNotContain("us.list-i.npp", stdout);
    }

    [Fact]
    public void Explain_prints_legal_text_encoding_and_examples()
    {
        var (code, stdout, _) = CliRunner.Run("kb", "explain", "us.schedule-i-frs.halt-act");
        Assert.Equal(0, code);
        Assert.Contains("By replacement of the phenyl portion of the phenethyl group", stdout);
        Assert.Contains("[CX3:2](=[OX1])", stdout);
        Assert.Contains("thiofentanyl", stdout);
        Assert.Contains("benzylfentanyl", stdout);
        Assert.Contains("not match", stdout);
        Assert.Equal(2, CliRunner.Run("kb", "explain", "no.such.id").ExitCode);
    }
}
