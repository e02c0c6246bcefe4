using System.Text.Json;

namespace Cordon.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Json_result_follows_the_documented_contract()
    {
        var (code, stdout, _) = CliRunner.Run("check", "Fentanyl citrate", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal("Fentanyl citrate", root.GetProperty("query").GetString());
        Assert.Equal("name", root.GetProperty("input_kind").GetString());
        Assert.Equal("controlled", root.GetProperty("status").GetString());
        Assert.Equal("C22H28N2O", root.GetProperty("structure").GetProperty("formula").GetString());
        Assert.Contains("citrate", root.GetProperty("structure").GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
        var finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("jurisdiction").GetString() == "US");
        foreach (var key in new[] { "list", "substance", "substance_id", "basis", "clause", "citation", "effective", "matched_atoms" })
        {
            Assert.True(finding.TryGetProperty(key, out _), key);
        }

        Assert.Equal("listed", finding.GetProperty("basis").GetString());
        Assert.Equal(25, finding.GetProperty("matched_atoms").GetArrayLength());
        // The version is the one the knowledge base reports of itself, not a date written into the test.
        var validate = CliRunner.Run("kb", "validate").Stdout;
        var version = System.Text.RegularExpressions.Regex.Match(validate, @"\(knowledge base ([^)]+)\)").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(version));
        Assert.Equal(version, root.GetProperty("kb_version").GetString());
    }

    [Fact]
    public void File_batch_gives_one_line_per_record_in_order_and_exits_zero()
    {
        var sample = CliRunner.RepoFile("samples", "chemicals.txt");
        var lines = File.ReadAllLines(sample).Where(l => l.Trim().Length > 0).ToList();
        var (code, stdout, _) = CliRunner.Run("check", "--file", sample, "--format", "jsonl");
        Assert.Equal(0, code);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(lines.Count, results.Count);
        Assert.Equal(lines.Select(l => l.Trim()), results.Select(r => r.GetProperty("query").GetString()));
        Assert.Contains(results, r => r.GetProperty("status").GetString() == "unresolved");
        Assert.Contains(results, r => r.GetProperty("status").GetString() == "clear");
    }

    [Fact]
    public void Fail_on_controlled_exits_one_and_usage_errors_exit_two()
    {
        Assert.Equal(1, CliRunner.Run("check", "NPP", "--fail-on", "controlled", "--format", "json").ExitCode);
        Assert.Equal(0, CliRunner.Run("check", "CCO", "--fail-on", "controlled", "--format", "json").ExitCode);
        Assert.Equal(2, CliRunner.Run("check").ExitCode);
        Assert.Equal(2, CliRunner.Run("check", "CCO", "--format", "yaml").ExitCode);
        var missing = CliRunner.Run("check", "--file", "/no/such/file.txt");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("/no/such/file.txt", missing.Stderr);
    }

    [Fact]
    public void Unresolved_input_still_exits_zero_with_the_reason()
    {
        var (code, stdout, _) = CliRunner.Run("check", "437-38-6", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("unresolved", doc.RootElement.GetProperty("status").GetString());
        Assert.Contains("check digit", doc.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void Csv_output_has_a_header_and_a_row_per_record()
    {
        var sample = CliRunner.RepoFile("samples", "chemicals.txt");
        var (code, stdout, _) = CliRunner.Run("check", "--file", sample, "--format", "csv");
        Assert.Equal(0, code);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("line,query,", rows[0]);
        Assert.Equal(File.ReadAllLines(sample).Count(l => l.Trim().Length > 0) + 1, rows.Length);
    }

    [Fact]
    public void Svg_folder_receives_a_depiction_per_hit()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cordon-svg-{Guid.NewGuid():N}");
        try
        {
            var (code, _, _) = CliRunner.Run("check", "4-ANPP", "--format", "json", "--svg", folder);
            Assert.Equal(0, code);
            var svg = Assert.Single(Directory.GetFiles(folder, "*.svg"));
            Assert.Contains("</svg>", File.ReadAllText(svg));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    [Fact]
    public void Table_output_names_the_substance_and_citation()
    {
        var (code, stdout, _) = CliRunner.Run("check", "39742-60-4");
        Assert.Equal(0, code);
        Assert.Contains("controlled", stdout);
        Assert.Contains("N-phenethyl-4-piperidone", stdout);
        Assert.Contains("21 CFR 1310.02(a)", stdout);
    }

    [Fact]
    public void As_of_changes_the_answer_and_json_explains_clauses()
    {
        var early = CliRunner.Run("check", "CC(=O)N1CCC(=O)CC1", "--jurisdiction", "US", "--as-of", "2023-01-01", "--format", "json");
        using (var doc = JsonDocument.Parse(early.Stdout))
        {
            Assert.NotEqual("controlled", doc.RootElement.GetProperty("status").GetString());
        }

        var late = CliRunner.Run("check", "CC(=O)N1CCC(=O)CC1", "--jurisdiction", "US", "--as-of", "2024-01-01", "--format", "json");
        using var lateDoc = JsonDocument.Parse(late.Stdout);
        Assert.Equal("controlled", lateDoc.RootElement.GetProperty("status").GetString());
        var finding = lateDoc.RootElement.GetProperty("findings")[0];
        Assert.Equal("generic", finding.GetProperty("basis").GetString());
        var clause = finding.GetProperty("clauses")[0];
        Assert.Contains("amide", clause.GetProperty("description").GetString());
        Assert.True(clause.GetProperty("atoms").GetArrayLength() > 0);
        Assert.Equal(2, CliRunner.Run("check", "CCO", "--as-of", "yesterday").ExitCode);
    }

    [Fact]
    public void An_empty_molfile_is_an_unresolved_record_and_failures_never_print_a_stack_trace()
    {
        var sdf = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.sdf");
        var notADatabase = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.db");
        File.WriteAllText(sdf, "empty\n  test\n\n  0  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n$$$$\n");
        File.WriteAllText(notADatabase, "this is not a database");
        try
        {
            var (code, stdout, _) = CliRunner.Run("check", "--file", sdf, "--format", "jsonl");
            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(stdout.Trim());
            Assert.Equal("unresolved", doc.RootElement.GetProperty("status").GetString());
            Assert.Contains("no atoms", doc.RootElement.GetProperty("message").GetString());

            var broken = CliRunner.Run("lists", "show", "--store", notADatabase);
            Assert.Equal(4, broken.ExitCode);
            Assert.StartsWith("cordon: ", broken.Stderr);
            Assert.DoesNotContain("   at ", broken.Stderr);
        }
        finally
        {
            File.Delete(sdf);
            File.Delete(notADatabase);
        }
    }
}
