using Cordon.Text;
using Cordon.Parties.Reading;

namespace Cordon.Parties.Matching;

/// <summary>Reads a party file: a CSV whose header has a <c>name</c> column and optionally country, dob, id, type, gender, address
/// (other columns are echoed with each result); a file whose first line has no <c>name</c> column is one name per line. A bad
/// row is an error naming file and line, and the rest is read.</summary>
public static class PartyQueryFile
{
    /// <summary>The columns the query takes, besides name.</summary>
    public static readonly IReadOnlyList<string> QueryColumns = ["country", "dob", "id", "type", "gender", "address"];

    /// <summary>The rows of <paramref name="path"/>, in order.</summary>
    public static IEnumerable<PartyQueryRow> Read(string path)
    {
        var file = Path.GetFileName(path);
        string[]? header = null;
        foreach (var (number, text, cells) in CsvLine.ReadLines(path))
        {
            if (number == 1 && cells is not null && cells.Any(c => c.Trim().Equals("name", StringComparison.OrdinalIgnoreCase)))
            {
                header = cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
                continue;
            }

            if (header is null)
            {
                var single = PartyQueryParser.TryCreate(text.Trim(), null, null, null, null, null, null, out var plainError);
                yield return new PartyQueryRow(number, single, text.Trim(), plainError is null ? null : $"{file}:{number}: {plainError}", []);
                continue;
            }

            if (cells is null)
            {
                yield return new PartyQueryRow(number, null, text, $"{file}:{number}: a quote is not closed on this line", []);
                continue;
            }

            if (cells.Count != header.Length)
            {
                yield return new PartyQueryRow(number, null, text, $"{file}:{number}: {cells.Count} cells; the header has {header.Length}", []);
                continue;
            }

            string? Cell(string column) => Array.IndexOf(header, column) is var i and >= 0 ? cells[i] : null;
            var name = Cell("name") ?? "";
            var echoed = header.Select((h, i) => KeyValuePair.Create(h, cells[i])).Where(p => p.Key != "name" && !QueryColumns.Contains(p.Key)).ToList();
            var query = PartyQueryParser.TryCreate(name, Cell("country"), Cell("dob"), Cell("id"), Cell("type"), Cell("gender"), Cell("address"), out var error);
            yield return new PartyQueryRow(number, query, name, error is null ? null : $"{file}:{number}: {error}", echoed);
        }
    }
}
