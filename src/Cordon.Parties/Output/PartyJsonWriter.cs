using System.Text.Encodings.Web;
using System.Text.Json;
using Cordon.Parties.Matching;

namespace Cordon.Parties.Output;

/// <summary>Writes party results: {"query", "country", "dob", "id", "type", "columns", "error", "matches": [{list, id, name,
/// matched_name, name_kind, score, tier, algorithm, features, flags, program, explanation, cleared, stale_clearance}]}.</summary>
public sealed class PartyJsonWriter(Stream output, bool indented) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes one query's matches (or its error), the columns echoed from the input row, and a newline.</summary>
    public void Write(PartyQuery query, IReadOnlyList<PartyMatch> matches, IReadOnlyList<KeyValuePair<string, string>> columns, string? error)
    {
        _writer.Reset(output);
        _writer.WriteStartObject();
        _writer.WriteString("query", query.Name);
        _writer.WriteString("country", query.Country?.Alpha2);
        _writer.WriteString("dob", query.BirthDate?.Text);
        _writer.WriteString("id", query.Identifier);
        _writer.WriteString("type", query.Kind.ToString().ToLowerInvariant());
        if (columns.Count > 0)
        {
            _writer.WriteStartObject("columns");
            foreach (var (name, value) in columns)
            {
                _writer.WriteString(name, value);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteString("error", error);
        _writer.WriteStartArray("matches");
        foreach (var match in matches)
        {
            WriteMatch(match);
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private void WriteMatch(PartyMatch match)
    {
        _writer.WriteStartObject();
        _writer.WriteString("list", match.Entry.List);
        _writer.WriteString("id", match.Entry.Id);
        _writer.WriteString("name", match.Entry.Name);
        _writer.WriteString("entry_type", match.Entry.Type);
        _writer.WriteString("matched_name", match.MatchedName.Name);
        _writer.WriteString("name_kind", match.MatchedName.Kind);
        _writer.WriteNumber("score", match.Score);
        _writer.WriteString("tier", match.Tier.ToString().ToLowerInvariant());
        _writer.WriteString("algorithm", match.Algorithm);
        _writer.WriteStartObject("features");
        foreach (var feature in match.Features)
        {
            _writer.WriteNumber(feature.Name, feature.Value);
        }

        _writer.WriteEndObject();
        _writer.WriteStartArray("flags");
        foreach (var flag in match.Flags)
        {
            _writer.WriteStringValue(flag);
        }

        _writer.WriteEndArray();
        _writer.WriteString("program", string.Join(";", match.Entry.Programs));
        _writer.WriteStartArray("explanation");
        foreach (var line in match.Explanation)
        {
            _writer.WriteStringValue(line);
        }

        _writer.WriteEndArray();
        WriteClearance("cleared", match.Clearance);
        WriteClearance("stale_clearance", match.StaleClearance);
        _writer.WriteEndObject();
    }

    private void WriteClearance(string property, Clearance? clearance)
    {
        if (clearance is null)
        {
            _writer.WriteNull(property);
            return;
        }

        _writer.WriteStartObject(property);
        _writer.WriteString("by", clearance.By);
        _writer.WriteString("at", clearance.At.ToString("O"));
        _writer.WriteString("note", clearance.Note);
        _writer.WriteEndObject();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        output.Flush();
    }
}
