using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cordon.Screening.Reporting;

/// <summary>Writes results in the documented JSON contract (docs/json-contract.md): one object, or one per line.</summary>
public sealed class JsonResultWriter(Stream output, bool indented) : IDisposable
{
    private readonly ScopeJson _scope = new();
    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes one result followed by a newline.</summary>
    public void Write(CheckResult result)
    {
        _writer.Reset(output);
        _writer.WriteStartObject();
        _writer.WriteString("query", result.Query);
        if (result.Record?.Source is not null)
        {
            _writer.WriteString("source", result.Record.Source);
            _writer.WriteNumber("line", result.Record.Line);
        }

        if (result.Record?.Name is not null)
        {
            _writer.WriteString("record_name", result.Record.Name);
        }

        _writer.WriteStringOrNull("input_kind", result.InputKind is { } kind ? ResultNames.Of(kind) : null);
        _writer.WriteString("status", ResultNames.Of(result.Status));
        if (result.Structure is { } structure)
        {
            _writer.WriteStartObject("structure");
            _writer.WriteString("smiles", structure.Smiles);
            _writer.WriteString("formula", structure.Formula);
            _writer.WriteStartArray("removed");
            foreach (var removed in structure.Removed)
            {
                _writer.WriteStringValue(removed);
            }

            _writer.WriteEndArray();
            _writer.WriteEndObject();
        }
        else
        {
            _writer.WriteNull("structure");
        }

        _writer.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            _writer.WriteStartObject();
            _writer.WriteFindingFields(finding);
            _writer.WriteIntArray("matched_atoms", finding.MatchedAtoms);
            if (finding.Clauses.Count > 0)
            {
                _writer.WriteStartArray("clauses");
                foreach (var clause in finding.Clauses)
                {
                    _writer.WriteStartObject();
                    _writer.WriteString("clause", clause.Clause);
                    _writer.WriteString("description", clause.Description);
                    _writer.WriteIntArray("atoms", clause.Atoms);
                    _writer.WriteStringOrNull("review", clause.Review);
                    _writer.WriteEndObject();
                }

                _writer.WriteEndArray();
            }

            if (finding.Similarity is { } similarity)
            {
                _writer.WriteNumber("similarity", Math.Round(similarity, 3));
            }

            _writer.WriteStringOrNull("review", finding.Review);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteString("message", result.Message);
        _writer.WriteString("kb_version", result.KbVersion);
        _scope.Write(_writer, result.Scope);
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
