using System.Text.Encodings.Web;
using System.Text.Json;
using Cordon.Parties.Matching;

namespace Cordon.Screening.Output;

/// <summary>Writes party results: {"query", "country", "matches": [{list, id, name, matched_name, score, tier, program, explanation, cleared}]}.</summary>
public sealed class PartyJsonWriter(Stream output, bool indented) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes one query's matches and a newline.</summary>
    public void Write(string query, string? country, IReadOnlyList<PartyMatch> matches)
    {
        _writer.Reset(output);
        _writer.WriteStartObject();
        _writer.WriteString("query", query);
        _writer.WriteStringOrNull("country", country);

        _writer.WriteStartArray("matches");
        foreach (var match in matches)
        {
            _writer.WriteStartObject();
            _writer.WriteString("list", match.Entry.List);
            _writer.WriteString("id", match.Entry.Id);
            _writer.WriteString("name", match.Entry.Name);
            _writer.WriteString("matched_name", match.MatchedName.Name);
            _writer.WriteString("name_kind", match.MatchedName.Kind);
            _writer.WriteNumber("score", match.Score);
            _writer.WriteString("tier", match.Tier.ToString().ToLowerInvariant());
            _writer.WriteString("program", string.Join(";", match.Entry.Programs));
            _writer.WriteStartArray("explanation");
            foreach (var line in match.Explanation)
            {
                _writer.WriteStringValue(line);
            }

            _writer.WriteEndArray();
            if (match.Clearance is { } clearance)
            {
                _writer.WriteStartObject("cleared");
                _writer.WriteString("by", clearance.By);
                _writer.WriteString("at", clearance.At.ToString("O"));
                if (clearance.Note is not null)
                {
                    _writer.WriteString("note", clearance.Note);
                }

                _writer.WriteEndObject();
            }
            else
            {
                _writer.WriteNull("cleared");
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        output.Flush();
    }
}
