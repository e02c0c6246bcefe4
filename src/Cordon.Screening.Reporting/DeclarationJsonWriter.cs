using System.Text.Encodings.Web;
using System.Text.Json;
using Cordon.Screening.Declarations;

namespace Cordon.Screening.Reporting;

/// <summary>Writes one JSON line per declaration (docs/screen-contract.md): row, id, status, risk, score, score pieces, findings with evidence, echoed columns, error.
/// With <paramref name="includeScope"/> false the lines leave out their last member, "scope", for a store that keeps it once
/// (<see cref="ScopeOf"/> gives it).</summary>
public sealed class DeclarationJsonWriter(Stream output, bool includeScope = true) : IDisposable
{
    private readonly ScopeJson _scope = new();
    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes one result and a newline.</summary>
    public void Write(DeclarationResult result)
    {
        var record = result.Record;
        _writer.Reset(output);
        _writer.WriteStartObject();
        _writer.WriteNumber("row", record.Row);
        _writer.WriteNumber("line", record.Line);
        _writer.WriteStringOrNull("id", record[DeclarationField.Id]);
        _writer.WriteString("status", result.Status.ToString().ToLowerInvariant());
        _writer.WriteString("risk", result.Risk.ToString().ToLowerInvariant());
        _writer.WriteNumber("score", result.Score);
        _writer.WriteStartArray("score_pieces");
        foreach (var piece in result.Evidence.GroupBy(e => e.Feature).Select(g => g.First()).Where(e => e.Weight > 0))
        {
            _writer.WriteStartObject();
            _writer.WriteString("feature", piece.Feature);
            _writer.WriteNumber("weight", piece.Weight);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("findings");
        foreach (var evidence in result.Evidence)
        {
            WriteEvidence(evidence);
        }

        _writer.WriteEndArray();
        _writer.WriteStartObject("columns");
        foreach (var (header, value) in record.Columns)
        {
            _writer.WriteString(header, value);
        }

        _writer.WriteEndObject();
        _writer.WriteStringOrNull("error", record.Error);
        _writer.WriteString("kb_version", result.KbVersion);
        if (includeScope)
        {
            _scope.Write(_writer, result.Scope);
        }

        _writer.WriteEndObject();
        _writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The "scope" member's JSON of a result (the same bytes <see cref="Write"/> puts in a line).</summary>
    public string ScopeOf(DeclarationResult result) => System.Text.Encoding.UTF8.GetString(_scope.Json(result.Scope));

    private void WriteEvidence(Evidence evidence)
    {
        _writer.WriteStartObject();
        _writer.WriteString("column", evidence.Column);
        if (evidence.Start is { } start && evidence.End is { } end)
        {
            _writer.WriteNumber("start", start);
            _writer.WriteNumber("end", end);
        }

        _writer.WriteString("text", evidence.Text);
        _writer.WriteString("rule", evidence.Rule);
        _writer.WriteString("feature", evidence.Feature);
        _writer.WriteNumber("weight", evidence.Weight);
        _writer.WriteString("explanation", evidence.Explanation);
        if (evidence.Percent is { } percent)
        {
            _writer.WriteNumber("percent", percent);
        }

        if (evidence.Check is { } check)
        {
            _writer.WriteStartObject("check");
            _writer.WriteString("status", ResultNames.Of(check.Status));
            _writer.WriteStringOrNull("smiles", check.Structure?.Smiles);
            _writer.WriteStartArray("entries");
            foreach (var f in check.Findings)
            {
                _writer.WriteStartObject();
                _writer.WriteFindingFields(f);
                _writer.WriteStringOrNull("review", f.Review);
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
            _writer.WriteString("message", check.Message);
            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
    }


    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        output.Flush();
    }
}
