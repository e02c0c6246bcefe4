using Cordon.Text;
using System.Text;
using Cordon.Regulation.Dictionaries;

namespace Cordon.Screening.Evaluation;

/// <summary>Reads evaluation sets: CSV with a header (input, expected, expect, note; the input column may be called query or
/// description; a screen set may add hs_code, the declared HS code). A malformed row is an error naming file and line: a set that cannot be read cannot be scored.</summary>
public static class EvalSetReader
{
    /// <summary>Statuses a row may expect.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["controlled", "suspect", "clear", "unresolved"];

    private static readonly string[] InputColumns = ["input", "query", "description"];

    /// <summary>Every set in a folder (sorted by name) or the one file given.</summary>
    public static IReadOnlyList<EvalSet> ReadAll(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.csv", SearchOption.AllDirectories).Where(f => ModeOf(f) is not null).Order(StringComparer.Ordinal).ToList()
            : [path];
        return files.Select(Read).ToList();
    }

    /// <summary>Reads one set; throws <see cref="InvalidDataException"/> naming file and line for a bad row.</summary>
    public static EvalSet Read(string path)
    {
        var mode = ModeOf(path) ?? throw new InvalidDataException($"{path}: an evaluation set is named NAME.check.csv or NAME.screen.csv");
        var cases = new List<EvalCase>();
        int[]? order = null;
        var line = 0;
        foreach (var text in File.ReadLines(path, Encoding.UTF8))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var cells = CsvLine.Split(text.TrimStart('\uFEFF')) ?? throw new InvalidDataException($"{path}:{line}: unbalanced quotes");
            if (order is null)
            {
                order = Header(cells, path);
                continue;
            }

            var width = order[4] < 0 ? 4 : 5;
            if (cells.Count != width)
            {
                throw new InvalidDataException($"{path}:{line}: {cells.Count} cells; the header has {width}");
            }

            var expected = cells[order[1]].Trim().ToLowerInvariant();
            if (!Statuses.Contains(expected))
            {
                throw new InvalidDataException($"{path}:{line}: expected status '{expected}' is not one of {string.Join(", ", Statuses)}");
            }

            var expect = cells[order[2]].Trim();
            var hsCode = order[4] < 0 ? null : cells[order[4]].Trim();
            cases.Add(new EvalCase(line, cells[order[0]], expected, expect.Length == 0 ? null : expect, cells[order[3]].Trim(),
                string.IsNullOrEmpty(hsCode) ? null : hsCode));
        }

        var file = System.IO.Path.GetFileName(path);
        // NAME.check.csv: the name may hold dots itself (eval/schedules/us.schedule-i.check.csv is "us.schedule-i").
        var suffix = mode == EvalMode.Check ? ".check.csv" : ".screen.csv";
        return new EvalSet(file[..^suffix.Length], path, mode, cases);
    }

    private static EvalMode? ModeOf(string path) =>
        path.EndsWith(".check.csv", StringComparison.OrdinalIgnoreCase) ? EvalMode.Check
        : path.EndsWith(".screen.csv", StringComparison.OrdinalIgnoreCase) ? EvalMode.Screen
        : null;

    private static int[] Header(List<string> cells, string path)
    {
        var names = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        var input = names.FindIndex(n => InputColumns.Contains(n));
        int[] order = [input, names.IndexOf("expected"), names.IndexOf("expect"), names.IndexOf("note"), names.IndexOf("hs_code")];
        if (names.Count != (order[4] < 0 ? 4 : 5) || order[..4].Any(i => i < 0))
        {
            throw new InvalidDataException($"{path}:1: header must be input (or query, description), expected, expect, note, and optionally hs_code");
        }

        return order;
    }
}
