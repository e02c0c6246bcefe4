using Cordon.Text;
using System.Text;
using Cordon.Chemistry;

namespace Cordon.Regulation.Dictionaries;

/// <summary>Reads dictionary files: the generated TSV files in rules/dictionaries/, and a user's CSV catalogue.</summary>
public static class DictionaryFileReader
{
    /// <summary>Columns a user dictionary must have, in any order.</summary>
    public static readonly IReadOnlyList<string> UserColumns = ["name", "cas", "smiles"];

    /// <summary>A user dictionary larger than this is refused (a catalogue, not a database).</summary>
    public const long MaxUserFileBytes = 64L * 1024 * 1024;

    private const string SynonymSeparator = " | ";

    /// <summary>Reads a generated TSV dictionary: source id, CAS RN (may be empty), SMILES, name, other names separated by " | ";
    /// lines starting with '#' are comments. Structures are checked when used and by <c>kb validate</c>.</summary>
    public static DictionaryReadResult ReadTsv(string path, string displayPath)
    {
        var entries = new List<DictionaryEntry>();
        var problems = new List<RuleProblem>();
        var line = 0;
        foreach (var text in File.ReadLines(path, Encoding.UTF8))
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var columns = text.Split('\t');
            var where = new SourceLocation(displayPath, line, 1);
            if (columns.Length != 5 || columns[2].Length == 0 || columns[3].Length == 0)
            {
                problems.Add(new RuleProblem(where, true, "expected 5 tab-separated columns: source id, CAS RN, SMILES, name, other names"));
                continue;
            }

            CasNumber? cas = null;
            if (columns[1].Length > 0)
            {
                if (!CasNumber.TryParse(columns[1], out var parsed, out var error))
                {
                    problems.Add(new RuleProblem(where with { Column = columns[0].Length + 2 }, true, error!));
                    continue;
                }

                cas = parsed;
            }

            var synonyms = columns[4].Length == 0 ? [] : columns[4].Split(SynonymSeparator, StringSplitOptions.RemoveEmptyEntries);
            entries.Add(new DictionaryEntry(columns[0], cas, columns[2], columns[3], synonyms, where));
        }

        return new DictionaryReadResult(entries, problems);
    }

    /// <summary>Reads a user dictionary: CSV with a header naming the columns name, cas and smiles (any order, nothing else);
    /// every row needs a name and a SMILES that parses; a CAS RN, when given, must pass its check digit. Every bad row is
    /// reported with file and line.</summary>
    public static DictionaryReadResult ReadUserCsv(string path)
    {
        var problems = new List<RuleProblem>();
        var entries = new List<DictionaryEntry>();
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            problems.Add(new RuleProblem(new SourceLocation(path, 0, 0), true, "dictionary file not found"));
            return new DictionaryReadResult(entries, problems);
        }

        if (info.Length > MaxUserFileBytes)
        {
            problems.Add(new RuleProblem(new SourceLocation(path, 0, 0), true, $"dictionary is {info.Length} bytes; the limit is {MaxUserFileBytes}"));
            return new DictionaryReadResult(entries, problems);
        }

        int[]? order = null;
        var line = 0;
        var seen = new Dictionary<string, (string Smiles, int Line)>(StringComparer.Ordinal);
        foreach (var text in File.ReadLines(path, Encoding.UTF8))
        {
            line++;
            var where = new SourceLocation(path, line, 1);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var cells = CsvLine.Split(text.TrimStart('\uFEFF'));
            if (cells is null)
            {
                problems.Add(new RuleProblem(where, true, "unbalanced quotes (a cell may not span lines)"));
                if (order is null)
                {
                    break;
                }

                continue;
            }

            if (order is null)
            {
                order = ReadHeader(cells, where, problems);
                if (order is null)
                {
                    break;
                }

                continue;
            }

            if (cells.Count != UserColumns.Count)
            {
                problems.Add(new RuleProblem(where, true, $"{cells.Count} cells; the header has {UserColumns.Count} (name, cas, smiles)"));
                continue;
            }

            var name = cells[order[0]].Trim();
            var casText = cells[order[1]].Trim();
            var smiles = cells[order[2]].Trim();
            if (ReadUserRow(name, casText, smiles, where, problems) is not { } entry)
            {
                continue;
            }

            var key = NameKey.From(name);
            if (seen.TryGetValue(key, out var first) && first.Smiles != smiles)
            {
                problems.Add(new RuleProblem(where, true, $"name '{name}' is also on line {first.Line} with another structure"));
                continue;
            }

            seen.TryAdd(key, (smiles, line));
            entries.Add(entry);
        }

        if (order is null && problems.Count == 0)
        {
            problems.Add(new RuleProblem(new SourceLocation(path, 1, 1), true, "empty file: a header 'name,cas,smiles' is required"));
        }

        return new DictionaryReadResult(entries, problems);
    }

    private static DictionaryEntry? ReadUserRow(string name, string casText, string smiles, SourceLocation where, List<RuleProblem> problems)
    {
        if (NameKey.From(name).Length == 0)
        {
            problems.Add(new RuleProblem(where, true, "missing name"));
            return null;
        }

        CasNumber? cas = null;
        if (casText.Length > 0)
        {
            if (!CasNumber.TryParse(casText, out var parsed, out var error))
            {
                problems.Add(new RuleProblem(where, true, $"'{name}': {error}"));
                return null;
            }

            cas = parsed;
        }

        if (smiles.Length == 0)
        {
            problems.Add(new RuleProblem(where, true, $"'{name}': missing smiles (a dictionary entry supplies a structure)"));
            return null;
        }

        try
        {
            using var molecule = Molecule.FromSmiles(smiles);
        }
        catch (ChemistryException e)
        {
            problems.Add(new RuleProblem(where, true, $"'{name}': SMILES does not parse: {e.Message}"));
            return null;
        }

        return new DictionaryEntry($"user:{where.Line}", cas, smiles, name, [], where);
    }

    private static int[]? ReadHeader(List<string> cells, SourceLocation where, List<RuleProblem> problems)
    {
        var names = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        var unknown = names.Where(n => !UserColumns.Contains(n)).ToList();
        var missing = UserColumns.Where(c => !names.Contains(c)).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || names.Count != UserColumns.Count)
        {
            var detail = unknown.Count > 0 ? $"unknown column(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}"
                : missing.Count > 0 ? $"missing column(s) {string.Join(", ", missing)}" : "a column is repeated";
            problems.Add(new RuleProblem(where, true, $"header must name the columns name, cas, smiles: {detail}"));
            return null;
        }

        return UserColumns.Select(c => names.IndexOf(c)).ToArray();
    }
}
