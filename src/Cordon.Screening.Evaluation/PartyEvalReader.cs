using Cordon.Parties.Matching;

namespace Cordon.Screening.Evaluation;

/// <summary>Reads party sets (NAME.match.csv): the columns of <c>cordon party --file</c> (name, type, country, dob, id) plus expected
/// (match, review, none), expect (the entry's list id) and note. A bad row is an error naming file and line: a set that cannot be read cannot be scored.</summary>
public static class PartyEvalReader
{
    /// <summary>True for a file named NAME.match.csv.</summary>
    public static bool IsPartySet(string path) => path.EndsWith(".match.csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every party set in a folder (sorted) or the one file given.</summary>
    public static IReadOnlyList<PartyEvalSet> ReadAll(string path) =>
        (Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.match.csv").Order(StringComparer.Ordinal).ToList() : IsPartySet(path) ? [path] : [])
        .Select(Read).ToList();

    /// <summary>Reads one set.</summary>
    /// <exception cref="InvalidDataException">A row is malformed or its label unknown.</exception>
    public static PartyEvalSet Read(string path)
    {
        var cases = new List<PartyEvalCase>();
        foreach (var row in PartyQueryFile.Read(path))
        {
            if (row.Error is not null || row.Query is null)
            {
                throw new InvalidDataException($"{path}:{row.Line}: {row.Error ?? "no query"}");
            }

            var columns = row.Columns.ToDictionary(c => c.Key, c => c.Value.Trim(), StringComparer.Ordinal);
            if (!columns.TryGetValue("expected", out var expected) || !PartyEvalReport.Tiers.Contains(expected))
            {
                throw new InvalidDataException($"{path}:{row.Line}: expected must be one of {string.Join(", ", PartyEvalReport.Tiers)}");
            }

            var expect = columns.GetValueOrDefault("expect");
            cases.Add(new PartyEvalCase(row.Line, row.Query, expected, string.IsNullOrEmpty(expect) ? null : expect, columns.GetValueOrDefault("note") ?? ""));
        }

        var file = Path.GetFileName(path);
        return new PartyEvalSet(file[..file.IndexOf('.', StringComparison.Ordinal)], path, cases);
    }
}
