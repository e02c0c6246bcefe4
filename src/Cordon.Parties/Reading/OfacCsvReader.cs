using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace Cordon.Parties.Reading;

/// <summary>Reads OFAC's legacy CSV layout: sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it. "-0-" is empty.</summary>
public static partial class OfacCsvReader
{
    /// <summary>The list name entries carry.</summary>
    public const string ListName = "OFAC-SDN";

    /// <summary>Reads the folder that holds sdn.csv (or the path of sdn.csv itself).</summary>
    public static WatchList Read(string path)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var problems = new List<ReadProblem>();
        var aliases = new Dictionary<string, List<WatchListName>>();
        var countries = new Dictionary<string, List<string>>();
        var addresses = new Dictionary<string, List<string>>();
        var comments = new Dictionary<string, string>();
        foreach (var (line, f) in Rows(Path.Combine(folder, "alt.csv"), 4, problems))
        {
            Add(aliases, f[0], new WatchListName(f[3], f[2] is "" ? "aka" : f[2]));
        }

        foreach (var (line, f) in Rows(Path.Combine(folder, "add.csv"), 5, problems))
        {
            if (f[4].Length > 0)
            {
                Add(countries, f[0], f[4]);
            }

            if ((f[2] + f[3]).Length > 0)
            {
                Add(addresses, f[0], string.Join(", ", new[] { f[2], f[3] }.Where(x => x.Length > 0)));
            }
        }

        foreach (var (line, f) in Rows(Path.Combine(folder, "sdn_comments.csv"), 2, problems))
        {
            comments[f[0]] = f[1];
        }

        var entries = new List<WatchListEntry>();
        foreach (var (line, f) in Rows(Path.Combine(folder, "sdn.csv"), 12, problems))
        {
            if (f[0].Length == 0 || f[1].Length == 0)
            {
                problems.Add(new ReadProblem("sdn.csv", line, "entry without ent_num or name"));
                continue;
            }

            var remarks = f[11] + (comments.TryGetValue(f[0], out var more) ? more : "");
            var names = new List<WatchListName> { new(f[1], "primary") };
            names.AddRange(aliases.GetValueOrDefault(f[0]) ?? []);
            foreach (Match aka in RemarkAlias().Matches(remarks))
            {
                if (!names.Any(n => string.Equals(n.Name, aka.Groups[1].Value, StringComparison.OrdinalIgnoreCase)))
                {
                    names.Add(new WatchListName(aka.Groups[1].Value, "weak aka"));
                }
            }

            var entryCountries = countries.GetValueOrDefault(f[0]) ?? [];
            foreach (Match nationality in Nationality().Matches(remarks))
            {
                entryCountries.Add(nationality.Groups[1].Value.Trim());
            }

            entries.Add(new WatchListEntry
            {
                List = ListName,
                Id = f[0],
                Name = f[1],
                Type = f[2] is "" ? "entity" : f[2],
                Programs = f[3].Split(']', '[', ' ').Select(p => p.Trim()).Where(p => p.Length > 0).ToList(),
                Names = names,
                Countries = entryCountries.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Addresses = addresses.GetValueOrDefault(f[0]) ?? [],
                Remarks = remarks.Length == 0 ? null : remarks,
            });
        }

        return new WatchList(ListName, entries, problems);
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string path, int width, List<ReadProblem> problems)
    {
        if (!File.Exists(path))
        {
            if (Path.GetFileName(path) == "sdn.csv")
            {
                throw new FileNotFoundException($"{path}: OFAC sdn.csv not found");
            }

            yield break;
        }

        var name = Path.GetFileName(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        var previousEnd = 0;
        while (csv.Read())
        {
            var line = previousEnd + 1;
            previousEnd = csv.Parser.RawRow;
            var record = csv.Parser.Record ?? [];

            // OFAC's files end with a DOS end-of-file mark (0x1A) on a line of its own: not a record.
            if (record.Length == 0 || (record.Length == 1 && record[0].Trim('\u001a', ' ', '\t').Length == 0))
            {
                continue;
            }

            if (record.Length < width)
            {
                problems.Add(new ReadProblem(name, line, $"{record.Length} fields; expected {width}"));
                continue;
            }

            yield return (line, record.Select(v => v.Trim() is "-0-" ? "" : v.Trim()).ToArray());
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    [GeneratedRegex(@"a\.k\.a\.\s*'([^']+)'")]
    private static partial Regex RemarkAlias();

    [GeneratedRegex(@"(?:nationality|citizen)\s+([A-Z][A-Za-z ]+?)(?:;|\.|$)")]
    private static partial Regex Nationality();
}
