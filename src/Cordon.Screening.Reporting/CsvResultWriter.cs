using System.Globalization;
using CsvHelper;

namespace Cordon.Screening.Reporting;

/// <summary>Writes one CSV row per result: the verdict and its findings joined, for spreadsheets.</summary>
public sealed class CsvResultWriter : IDisposable
{
    private readonly CsvWriter _csv;

    /// <summary>Starts a CSV document with its header.</summary>
    public CsvResultWriter(TextWriter output)
    {
        _csv = new CsvWriter(output, CultureInfo.InvariantCulture);
        foreach (var column in new[] { "line", "query", "record_name", "input_kind", "status", "smiles", "formula", "removed",
                     "jurisdictions", "substances", "substance_ids", "clauses", "citations", "message", "kb_version" })
        {
            _csv.WriteField(column);
        }

        _csv.NextRecord();
    }

    /// <summary>Writes one result.</summary>
    public void Write(CheckResult result)
    {
        _csv.WriteField(result.Record?.Line.ToString(CultureInfo.InvariantCulture) ?? "");
        _csv.WriteField(result.Query);
        _csv.WriteField(result.Record?.Name ?? "");
        _csv.WriteField(result.InputKind is { } kind ? ResultNames.Of(kind) : "");
        _csv.WriteField(ResultNames.Of(result.Status));
        _csv.WriteField(result.Structure?.Smiles ?? "");
        _csv.WriteField(result.Structure?.Formula ?? "");
        _csv.WriteField(string.Join("; ", result.Structure?.Removed ?? []));
        _csv.WriteField(string.Join("; ", result.Findings.Select(f => f.Jurisdiction).Distinct()));
        _csv.WriteField(string.Join("; ", result.Findings.Select(f => f.Substance).Distinct()));
        _csv.WriteField(string.Join("; ", result.Findings.Select(f => f.SubstanceId)));
        _csv.WriteField(string.Join(" | ", result.Findings.Select(f => f.Clause).Distinct()));
        _csv.WriteField(string.Join(" | ", result.Findings.Select(f => f.Citation).Distinct()));
        _csv.WriteField(result.Message);
        _csv.WriteField(result.KbVersion);
        _csv.NextRecord();
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}
