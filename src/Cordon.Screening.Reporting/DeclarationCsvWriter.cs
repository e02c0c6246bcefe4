using System.Globalization;
using CsvHelper;
using Cordon.Screening.Declarations;

namespace Cordon.Screening.Reporting;

/// <summary>One CSV row per declaration: the verdict, risk and evidence summarised, then the row's own columns.</summary>
public sealed class DeclarationCsvWriter(TextWriter output) : IDisposable
{
    private readonly CsvWriter _csv = new(output, CultureInfo.InvariantCulture);
    private bool _headerWritten;

    /// <summary>Writes one result (the header comes before the first).</summary>
    public void Write(DeclarationResult result)
    {
        if (!_headerWritten)
        {
            foreach (var column in new[] { "row", "line", "id", "status", "risk", "score", "features", "substances", "evidence", "error" })
            {
                _csv.WriteField(column);
            }

            foreach (var (header, _) in result.Record.Columns)
            {
                _csv.WriteField(header);
            }

            _csv.NextRecord();
            _headerWritten = true;
        }

        _csv.WriteField(result.Record.Row);
        _csv.WriteField(result.Record.Line);
        _csv.WriteField(result.Record[DeclarationField.Id] ?? "");
        _csv.WriteField(result.Status.ToString().ToLowerInvariant());
        _csv.WriteField(result.Risk.ToString().ToLowerInvariant());
        _csv.WriteField(result.Score.ToString("0.###", CultureInfo.InvariantCulture));
        _csv.WriteField(string.Join("; ", result.Evidence.Where(e => e.Weight > 0).Select(e => e.Feature).Distinct()));
        _csv.WriteField(string.Join("; ", result.Evidence.SelectMany(e => e.Check?.Findings.Select(f => f.Substance) ?? []).Distinct()));
        _csv.WriteField(string.Join(" | ", result.Evidence.Select(e => e.Explanation)));
        _csv.WriteField(result.Record.Error ?? "");
        foreach (var (_, value) in result.Record.Columns)
        {
            _csv.WriteField(value);
        }

        _csv.NextRecord();
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}
