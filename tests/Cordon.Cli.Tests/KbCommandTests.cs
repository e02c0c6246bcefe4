using System.Text.Json;

namespace Cordon.Cli.Tests;

public sealed class KbCommandTests
{
    [Fact]
    public void Validate_passes_on_the_shipped_rules()
    {
        var (code, stdout, _) = CliRunner.Run("kb", "validate", "--rules", CliRunner.RepoFile("rules"));
        Assert.Equal(0, code);
        Assert.Contains("0 errors, 0 warnings", stdout);
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

    [Fact]
    public void Coverage_counts_every_list_as_json()
    {
        var (code, stdout, _) = CliRunner.Run("kb", "coverage", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var lists = doc.RootElement.GetProperty("lists").EnumerateArray().ToList();
        var npp = Assert.Single(lists, l => l.GetProperty("id").GetString() == "us.list-i");
        Assert.Equal("US", npp.GetProperty("jurisdiction").GetString());
        Assert.True(npp.GetProperty("entries").GetInt32() >= npp.GetProperty("with_structure").GetInt32());
        Assert.True(npp.GetProperty("entries").GetInt32() > 10);
        Assert.All(lists, l => Assert.Equal(l.GetProperty("entries").GetInt32(),
            l.GetProperty("with_structure").GetInt32() + l.GetProperty("identifier_only").GetInt32()));
        Assert.Equal(2, CliRunner.Run("kb", "coverage", "--format", "yaml").ExitCode);
    }

    [Fact]
    public void Diff_names_added_removed_and_changed_entries_with_their_citations()
    {
        var root = Path.Combine(Path.GetTempPath(), $"cordon-diff-{Guid.NewGuid():N}");
        string Write(string name, string entries)
        {
            var folder = Path.Combine(root, name);
            Directory.CreateDirectory(Path.Combine(folder, "us"));
            File.WriteAllText(Path.Combine(folder, "kb.yaml"), "version: 2000.01.01\njurisdictions:\n  - {code: US, name: United States}\n");
            File.Copy(CliRunner.RepoFile("rules/official-publishers.yaml"), Path.Combine(folder, "official-publishers.yaml"));
            File.WriteAllText(Path.Combine(folder, "us", "t.yaml"),
                "jurisdiction: US\nlist: {id: us.t, name: T, authority: a, url: https://www.ecfr.gov/x}\nsubstances:\n" + entries);
            return folder;
        }

        const string Citation = "citation: {section: 21 CFR 1310.02(a), instrument: 'Final rule, 1 FR 1', url: 'https://www.federalregister.gov/d/1'}";
        var before = Write("old",
            $"  - {{id: us.t.a, name: a, smiles: CCO, clause: c, {Citation}, effective: 2020-01-01}}\n" +
            $"  - {{id: us.t.b, name: b, smiles: CCN, clause: c, {Citation}, effective: 2020-01-01}}\n");
        var after = Write("new",
            $"  - {{id: us.t.a, name: a, smiles: CCO, clause: c, {Citation}, effective: 2021-06-01}}\n" +
            $"  - {{id: us.t.c, name: c, smiles: CCC, clause: c, {Citation}, effective: 2021-06-01}}\n");
        try
        {
            var (code, stdout, _) = CliRunner.Run("kb", "diff", before, after, "--format", "json", "--rules", after);
            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(stdout);
            var changes = doc.RootElement.GetProperty("changes").EnumerateArray()
                .Select(c => (Change: c.GetProperty("change").GetString(), Id: c.GetProperty("id").GetString(),
                    Fields: string.Join("; ", c.GetProperty("fields").EnumerateArray().Select(f => f.GetString())),
                    Citation: c.GetProperty("citation").GetString()))
                .ToList();
            Assert.Equal(3, changes.Count);
            Assert.Contains(changes, c => c is { Change: "changed", Id: "us.t.a" } && c.Fields == "effective: 2020-01-01 → 2021-06-01");
            Assert.Contains(changes, c => c is { Change: "removed", Id: "us.t.b" });
            Assert.Contains(changes, c => c is { Change: "added", Id: "us.t.c" } && c.Citation!.Contains("federalregister.gov/d/1"));
            Assert.Equal(2, CliRunner.Run("kb", "diff", "no-such-revision-or-folder", after, "--rules", after).ExitCode);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Fact]
    public void A_clear_answer_carries_the_lists_it_was_checked_against()
    {
        var (code, stdout, _) = CliRunner.Run("check", "glucose", "--format", "json", "--jurisdiction", "US,UN", "--as-of", "2024-06-01");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("clear", doc.RootElement.GetProperty("status").GetString());
        var scope = doc.RootElement.GetProperty("scope");
        Assert.Equal("2024-06-01", scope.GetProperty("as_of").GetString());
        Assert.Equal(["UN", "US"], scope.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()));
        var lists = scope.GetProperty("lists").EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToList();
        Assert.Contains("us.list-i", lists);
        Assert.Contains("un.table-i", lists);
        Assert.All(lists, id => Assert.True(id.StartsWith("us.") || id.StartsWith("un."), id));
        Assert.Contains($"not listed in these {lists.Count} lists of UN, US as of 2024-06-01", doc.RootElement.GetProperty("message").GetString());
    }
}
