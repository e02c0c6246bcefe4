using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Cordon.Parties.Reading;

/// <summary>Reads a simple in-house list: a CSV with a header of name, aliases (separated by ';'), country, id, notes.</summary>
public static class InHouseCsvReader
{
    /// <summary>Reads the file; the list is named after it. Rows without a name are reported and skipped.</summary>
    public static WatchList Read(string path)
    {
        var file = Path.GetFileName(path);
        var listName = Path.GetFileNameWithoutExtension(path);
        var problems = new List<ReadProblem>();
        var entries = new List<WatchListEntry>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant() };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || !csv.HeaderRecord.Any(h => h.Trim().Equals("name", StringComparison.OrdinalIgnoreCase)))
        {
            return new WatchList(listName, [], [new ReadProblem(file, 1, "expected a header with at least a 'name' column (and aliases, country, id, notes)")]);
        }

        var previousEnd = 1;
        var count = 0;
        while (csv.Read())
        {
            var line = previousEnd + 1;
            previousEnd = csv.Parser.RawRow;
            count++;
            var name = Field(csv, "name");
            if (name is null)
            {
                problems.Add(new ReadProblem(file, line, "row without a name"));
                continue;
            }

            var names = new List<WatchListName> { new(name, "primary") };
            names.AddRange((Field(csv, "aliases") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => new WatchListName(a, "aka")));
            // Notes are read like OFAC remarks ("DOB 1970; Passport X123456"), as the store reads them.
            entries.Add(RemarksParser.Parse(Field(csv, "notes")).ApplyTo(new WatchListEntry
            {
                List = listName,
                Id = Field(csv, "id") ?? count.ToString(CultureInfo.InvariantCulture),
                Name = name,
                Type = "entity",
                Programs = [],
                Names = names,
                Countries = Field(csv, "country") is { } country ? [country] : [],
                Remarks = Field(csv, "notes"),
            }));
        }

        return new WatchList(listName, entries, problems);
    }

    private static string? Field(CsvReader csv, string name) =>
        csv.TryGetField<string>(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
