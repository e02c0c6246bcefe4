using Cordon.Text;

namespace Cordon.Parties.Reading;

/// <summary>Reads OFAC's legacy CSV layout: sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it. "-0-" is empty. Each
/// file holds one record per line; a line that cannot be read (an unclosed quote, too few fields) is reported with file and
/// line and costs that line only; an alias, address or comment for an entry that is not in sdn.csv is reported too.</summary>
public static class OfacCsvReader
{
    /// <summary>The list name entries carry.</summary>
    public const string ListName = "OFAC-SDN";

    /// <summary>Reads the folder that holds sdn.csv (or the path of sdn.csv itself).</summary>
    public static WatchList Read(string path)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var problems = new List<ReadProblem>();
        var aliases = new Dictionary<string, List<(int Line, WatchListName Name)>>();
        var addresses = new Dictionary<string, List<(int Line, string Address, string Country)>>();
        var comments = new Dictionary<string, (int Line, string Text)>();
        foreach (var (line, f) in Rows(Path.Combine(folder, "alt.csv"), 4, problems))
        {
            Add(aliases, f[0], (line, new WatchListName(f[3], f[2] is "" ? "aka" : f[2])));
        }

        foreach (var (line, f) in Rows(Path.Combine(folder, "add.csv"), 5, problems))
        {
            Add(addresses, f[0], (line, string.Join(", ", new[] { f[2], f[3] }.Where(x => x.Length > 0)), f[4]));
        }

        foreach (var (line, f) in Rows(Path.Combine(folder, "sdn_comments.csv"), 2, problems))
        {
            comments[f[0]] = (line, f[1]);
        }

        var entries = new List<WatchListEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows(Path.Combine(folder, "sdn.csv"), 12, problems))
        {
            if (f[0].Length == 0 || f[1].Length == 0)
            {
                problems.Add(new ReadProblem("sdn.csv", line, "entry without ent_num or name"));
                continue;
            }

            if (!seen.Add(f[0]))
            {
                problems.Add(new ReadProblem("sdn.csv", line, $"ent_num {f[0]} appears twice; this line is not read"));
                continue;
            }

            var remarks = f[11] + (comments.TryGetValue(f[0], out var more) ? more.Text : "");
            var parsed = RemarksParser.Parse(remarks);
            var names = new List<WatchListName> { new(f[1], "primary") };
            names.AddRange((aliases.GetValueOrDefault(f[0]) ?? []).Select(a => a.Name));
            foreach (var weak in parsed.WeakAliases)
            {
                if (!names.Any(n => string.Equals(n.Name, weak, StringComparison.OrdinalIgnoreCase)))
                {
                    names.Add(new WatchListName(weak, "weak aka"));
                }
            }

            var entryAddresses = addresses.GetValueOrDefault(f[0]) ?? [];
            var countries = entryAddresses.Select(a => a.Country).Where(c => c.Length > 0)
                .Concat(parsed.Nationalities).Concat(parsed.Citizenships)
                .Concat(parsed.BirthPlaces.Select(p => p.Split(',')[^1].Trim()).Where(p => Countries.Find(p) is not null))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            entries.Add(parsed.ApplyTo(new WatchListEntry
            {
                List = ListName,
                Id = f[0],
                Name = f[1],
                Type = f[2] is "" ? "entity" : f[2],
                Programs = f[3].Split(']', '[', ' ').Select(p => p.Trim()).Where(p => p.Length > 0).ToList(),
                Names = names,
                Countries = countries,
                Addresses = entryAddresses.Select(a => a.Address).Where(a => a.Length > 0).ToList(),
                Remarks = remarks.Length == 0 ? null : remarks,
            }));
        }

        // Rows that point at no entry would otherwise vanish: say so.
        foreach (var (id, rows) in aliases.Where(a => !seen.Contains(a.Key)))
        {
            problems.AddRange(rows.Select(r => new ReadProblem("alt.csv", r.Line, $"alias for ent_num {id}, which sdn.csv does not hold")));
        }

        foreach (var (id, rows) in addresses.Where(a => !seen.Contains(a.Key)))
        {
            problems.AddRange(rows.Select(r => new ReadProblem("add.csv", r.Line, $"address for ent_num {id}, which sdn.csv does not hold")));
        }

        foreach (var (id, comment) in comments.Where(c => !seen.Contains(c.Key)))
        {
            problems.Add(new ReadProblem("sdn_comments.csv", comment.Line, $"remarks for ent_num {id}, which sdn.csv does not hold"));
        }

        problems.Sort((a, b) => string.CompareOrdinal(a.File, b.File) is var c && c != 0 ? c : a.Line.CompareTo(b.Line));
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

        // OFAC's files end with a DOS end-of-file mark (0x1A) on a line of its own: not a record (ReadLines skips it).
        foreach (var (number, _, record) in CsvLine.ReadLines(path))
        {
            if (record is null)
            {
                problems.Add(new ReadProblem(name, number, "a quote is not closed on this line; the line is not read"));
                continue;
            }

            if (record.Count < width)
            {
                problems.Add(new ReadProblem(name, number, $"{record.Count} fields; expected {width}"));
                continue;
            }

            yield return (number, record.Select(v => v.Trim() is "-0-" ? "" : v.Trim()).ToArray());
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
}
