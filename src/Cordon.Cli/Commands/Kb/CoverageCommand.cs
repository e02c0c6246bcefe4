using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cordon.Application.Rules;
using Cordon.Cli.Infrastructure;
using Cordon.Regulation;
using Spectre.Console;

namespace Cordon.Cli.Commands.Kb;

/// <summary><c>cordon kb coverage</c>: jurisdictions × lists × entries (with a structure or by identifier only) × the latest
/// amendment reflected — the scope every answer has.</summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "table | json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var jurisdiction = CommonOptions.Jurisdiction();
        var rules = CommonOptions.Rules();
        var command = new Command("coverage", "What the knowledge base covers: every list, its entries and its latest amendment")
        {
            format, jurisdiction, rules,
        };
        command.SetAction(parse =>
        {
            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), Console.Error, out var code);
            if (knowledgeBase is null)
            {
                return code;
            }

            if (!CommonOptions.TryParseJurisdictions(parse.GetValue(jurisdiction), knowledgeBase, "kb coverage", out var wanted))
            {
                return ExitCodes.Usage;
            }

            var rows = KnowledgeBaseQueries.Coverage(knowledgeBase, wanted);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(rows, knowledgeBase.Version);
            }
            else
            {
                WriteTable(rows, knowledgeBase.Version);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<ListCoverage> rows, string version)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Jurisdiction").AddColumn("List").AddColumn(new TableColumn("Entries").RightAligned())
            .AddColumn(new TableColumn("Structure").RightAligned()).AddColumn(new TableColumn("Checked").RightAligned())
            .AddColumn(new TableColumn("Identifier only").RightAligned()).AddColumn(new TableColumn("Classes").RightAligned())
            .AddColumn("Last amended");
        foreach (var row in rows)
        {
            table.AddRow(row.Jurisdiction, Markup.Escape($"{row.ListId}: {row.Name}"), $"{row.Entries}", $"{row.WithStructure}",
                $"{row.StructuresChecked}", $"{row.IdentifierOnly}", $"{row.Definitions}",
                Markup.Escape(row.LastAmended is null ? "not recorded" : $"{row.LastAmended.Date} ({row.LastAmended.Instrument})"));
        }

        table.Caption(Markup.Escape(
            $"{rows.Select(r => r.Jurisdiction).Distinct().Count()} jurisdictions, {rows.Count} lists, {rows.Sum(r => r.Entries)} entries " +
            $"({rows.Sum(r => r.WithStructure)} with a structure, {rows.Sum(r => r.IdentifierOnly)} by identifier only), " +
            $"{rows.Sum(r => r.Definitions)} class definitions; knowledge base {version}"));
        AnsiConsole.Write(table);
    }

    private static void WriteJson(IReadOnlyList<ListCoverage> rows, string version)
    {
        using var output = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("kb_version", version);
            json.WriteStartArray("lists");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("jurisdiction", row.Jurisdiction);
                json.WriteString("id", row.ListId);
                json.WriteString("name", row.Name);
                json.WriteNumber("entries", row.Entries);
                json.WriteNumber("with_structure", row.WithStructure);
                json.WriteNumber("structures_checked", row.StructuresChecked);
                json.WriteNumber("identifier_only", row.IdentifierOnly);
                json.WriteNumber("definitions", row.Definitions);
                if (row.LastAmended is { } amended)
                {
                    json.WriteStartObject("last_amended");
                    json.WriteString("date", amended.Date);
                    json.WriteString("instrument", amended.Instrument);
                    json.WriteString("url", amended.Url);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("last_amended");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }
}
