using Cordon.Text;
using System.Globalization;

namespace Cordon.Parties.Reading;

/// <summary>Reads a simple in-house list: a CSV with a header of name, aliases (separated by ';'), country, id, notes; one record per
/// line. A line that cannot be read (a quote left open, a row without a name) is reported with its line and costs that line only.</summary>
public static class InHouseCsvReader
{
    /// <summary>Reads the file; the list is named after it.</summary>
    public static WatchList Read(string path)
    {
        var file = Path.GetFileName(path);
        var listName = Path.GetFileNameWithoutExtension(path);
        var problems = new List<ReadProblem>();
        var entries = new List<WatchListEntry>();
        string[]? header = null;
        foreach (var (number, _, cells) in CsvLine.ReadLines(path))
        {
            if (header is null)
            {
                if (cells is null || !cells.Any(h => h.Trim().Equals("name", StringComparison.OrdinalIgnoreCase)))
                {
                    return new WatchList(listName, [], [new ReadProblem(file, number, "expected a header with at least a 'name' column (and aliases, country, id, notes)")]);
                }

                header = cells.Select(h => h.Trim().ToLowerInvariant()).ToArray();
                continue;
            }

            if (cells is null)
            {
                problems.Add(new ReadProblem(file, number, "a quote is not closed on this line; the line is not read"));
                continue;
            }

            string? Field(string column) =>
                Array.IndexOf(header, column) is var i and >= 0 && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
            var name = Field("name");
            if (name is null)
            {
                problems.Add(new ReadProblem(file, number, "row without a name"));
                continue;
            }

            var names = new List<WatchListName> { new(name, "primary") };
            names.AddRange((Field("aliases") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => new WatchListName(a, "aka")));

            // Notes are read like OFAC remarks ("DOB 1970; Passport X123456"), as the store reads them.
            entries.Add(RemarksParser.Parse(Field("notes")).ApplyTo(new WatchListEntry
            {
                List = listName,
                Id = Field("id") ?? (entries.Count + problems.Count + 1).ToString(CultureInfo.InvariantCulture),
                Name = name,
                Type = Field("type") is "individual" or "person" ? "individual" : "entity",
                Programs = [],
                Names = names,
                Countries = Field("country") is { } country ? [country] : [],
                Remarks = Field("notes"),
            }));
        }

        return new WatchList(listName, entries, header is null ? [new ReadProblem(file, 1, "empty file: no header")] : problems);
    }
}
