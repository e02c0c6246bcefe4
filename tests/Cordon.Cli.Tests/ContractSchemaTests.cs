using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Contracts.Results;
using Cordon.Contracts.Schema;
using Cordon.Parties.Matching;
using Cordon.Screening;
using Cordon.Screening.Declarations;
using Cordon.Screening.Reporting;
using Json.Schema;

namespace Cordon.Cli.Tests;

/// <summary>The JSON Schema documents in docs/schema are what the contract types generate, real CLI output validates against
/// them, and every enum value on the wire is lower snake_case.</summary>
public sealed class ContractSchemaTests
{
    private static string SchemaFile(string file) => CliRunner.RepoFile("docs", "schema", file);

    [Fact]
    public void The_committed_schema_files_are_what_the_contract_types_generate()
    {
        var generated = ContractSchemas.All();
        foreach (var (file, text) in generated)
        {
            Assert.True(File.Exists(SchemaFile(file)), $"docs/schema/{file} is missing: run 'cordon schema'");
            Assert.True(text == File.ReadAllText(SchemaFile(file)), $"docs/schema/{file} differs from what the code generates: run 'cordon schema'");
        }

        var committed = Directory.GetFiles(Path.GetDirectoryName(SchemaFile("check-result.json"))!, "*.json").Select(Path.GetFileName);
        Assert.Equal(generated.Select(g => g.File).Order(), committed.Order()!);
    }

    [Fact]
    public void Check_output_validates_against_the_check_result_schema()
    {
        var schema = Load("check-result.json");
        foreach (var query in new[] { "fentanyl", "glucose", "437-38-8", "OC1=CCNCC1", "ephedrine hydrochloride", "not a chemical xyzzy" })
        {
            var (code, stdout, _) = CliRunner.Run("check", query, "--format", "json");
            Assert.Equal(0, code);
            AssertValid(schema, stdout, query);
        }

        var (fileCode, lines, _) = CliRunner.Run("check", "--file", CliRunner.RepoFile("samples", "chemicals.txt"), "--format", "jsonl");
        Assert.Equal(0, fileCode);
        var records = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(records);
        foreach (var line in records)
        {
            AssertValid(schema, line, "samples/chemicals.txt");
        }
    }

    [Fact]
    public void Screen_output_validates_against_the_declaration_result_schema()
    {
        var schema = Load("declaration-result.json");
        var (code, stdout, _) = CliRunner.Run("screen", CliRunner.RepoFile("samples", "declarations.csv"), "--format", "jsonl");
        Assert.Equal(0, code);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(rows.Length > 10, $"{rows.Length} rows");
        foreach (var row in rows)
        {
            AssertValid(schema, row, "samples/declarations.csv");
        }
    }

    [Fact]
    public void Party_output_validates_against_the_party_result_schema()
    {
        var schema = Load("party-result.json");
        var sdn = CliRunner.RepoFile("..", "shared", "data", "ofac-sdn-2021");
        foreach (var args in new[] { new[] { "Shanghai Boyle Chemical Co., Ltd" }, ["Zhang Lei", "--dob", "1976-01-03", "--type", "person"], ["Hubei Lingyun Plastics Co. Ltd"] })
        {
            var (code, stdout, stderr) = CliRunner.Run(["party", .. args, "--watchlist", sdn, "--format", "json"]);
            Assert.True(code == 0, stderr);
            AssertValid(schema, stdout, args[0]);
        }
    }

    [Fact]
    public void A_result_with_a_field_the_contract_lacks_or_an_enum_word_outside_it_is_invalid()
    {
        var schema = Load("check-result.json");
        var (_, stdout, _) = CliRunner.Run("check", "fentanyl", "--format", "json");
        var extra = JsonNode.Parse(stdout)!.AsObject();
        extra["surprise"] = 1;
        Assert.False(schema.Evaluate(extra).IsValid);
        var renamed = JsonNode.Parse(stdout)!.AsObject();
        renamed["status"] = "Controlled";
        Assert.False(schema.Evaluate(renamed).IsValid);
    }

    [Fact]
    public void Enum_values_are_lower_snake_case_and_the_writers_use_the_contract_words()
    {
        var snake = new Regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
        foreach (var (file, text) in ContractSchemas.All())
        {
            foreach (var value in EnumValues(JsonNode.Parse(text)!))
            {
                Assert.True(snake.IsMatch(value), $"{file}: enum value '{value}' is not lower snake_case");
            }
        }

        Assert.Equal(Words<CheckStatusValue>(), Enum.GetValues<CheckStatus>().Select(ResultNames.Of));
        Assert.Equal(Words<DeclarationStatusValue>(), Enum.GetValues<DeclarationStatus>().Select(s => s.ToString().ToLowerInvariant()));
        Assert.Equal(Words<InputKindValue>(), Enum.GetValues<InputKind>().Select(ResultNames.Of));
        Assert.Equal(Words<FindingBasisValue>(), Enum.GetValues<FindingBasis>().Select(ResultNames.Of));
        Assert.Equal(Words<RiskValue>(), Enum.GetValues<RiskLevel>().Select(r => r.ToString().ToLowerInvariant()));
        Assert.Equal(Words<MatchTierValue>(), Enum.GetValues<MatchTier>().Select(t => t.ToString().ToLowerInvariant()));
        Assert.Equal(Words<PartyTypeValue>(), Enum.GetValues<PartyKind>().Select(k => k.ToString().ToLowerInvariant()));
        Assert.All(Contracts.DispositionBody.Allowed, d => Assert.Matches(snake, d));
    }

    private static IEnumerable<string> Words<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => JsonSerializer.Serialize(v, ContractSchemas.Options).Trim('"'));

    private static IEnumerable<string> EnumValues(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "enum" && p.Value is JsonArray values
            ? values.Where(v => v is not null).Select(v => v!.GetValue<string>())
            : p.Value is null ? [] : EnumValues(p.Value)),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => EnumValues(v!)),
        _ => [],
    };

    private static JsonSchema Load(string file) => JsonSchema.FromText(File.ReadAllText(SchemaFile(file)));

    private static void AssertValid(JsonSchema schema, string json, string input)
    {
        var result = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"{input}: {string.Join("; ", errors)}");
    }
}
