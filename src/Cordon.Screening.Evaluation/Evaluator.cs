using Cordon.Screening.Declarations;

namespace Cordon.Screening.Evaluation;

/// <summary>Runs labelled sets through the same pipelines as <c>check</c> and <c>screen</c> and scores them.</summary>
public sealed class Evaluator(ChemicalChecker checker, Func<DeclarationScreener> screener)
{
    private readonly Lazy<DeclarationScreener> _screener = new(screener);

    /// <summary>Scores one set.</summary>
    public EvalSetReport Run(EvalSet set)
    {
        var rows = set.Cases.Select(c => set.Mode == EvalMode.Check ? Check(set, c) : Screen(c)).ToList();
        return new EvalSetReport(set, rows);
    }

    private EvalRow Check(EvalSet set, EvalCase row)
    {
        var text = row.Input;
        if (text.StartsWith('@'))
        {
            var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(set.Path))!, text[1..]);
            if (!File.Exists(file))
            {
                return Score(row, "unresolved", [], $"{set.Path}:{row.Line}: {file} not found");
            }

            text = File.ReadAllText(file);
        }

        var result = checker.Check(new QueryRecord(row.Line - 2, text, set.Path, row.Line));
        return Score(row, Status(result.Status), result.Findings, result.Message);
    }

    private EvalRow Screen(EvalCase row)
    {
        var fields = new Dictionary<DeclarationField, string> { [DeclarationField.Description] = row.Input };
        var columns = new List<KeyValuePair<string, string>> { KeyValuePair.Create("description", row.Input) };
        if (row.HsCode is { } hs)
        {
            fields[DeclarationField.HsCode] = hs;
            columns.Add(KeyValuePair.Create("hs_code", hs));
        }

        var record = new DeclarationRecord(row.Line - 1, row.Line, fields, columns);
        var result = _screener.Value.Screen(record);
        var findings = result.Evidence.SelectMany(e => e.Check?.Findings ?? []).ToList();
        var message = string.Join("; ", result.Evidence.Select(e => e.Explanation));
        return Score(row, result.Status.ToString().ToLowerInvariant(), findings, message);
    }

    private static EvalRow Score(EvalCase row, string actual, IReadOnlyList<Finding> findings, string message)
    {
        // "!ID" labels what a row must not be found under, whatever else controls it (cathine: not EU Category 1).
        var negated = row.Expect is ['!', ..];
        var target = negated ? row.Expect![1..] : row.Expect;
        var under = target is not null && findings.Any(f => f.Controls && (f.Jurisdiction == target ||
            f.SubstanceId.StartsWith(target, StringComparison.Ordinal)));
        var correct = actual == row.Expected && (negated ? !under : actual != "controlled" || target is null || under);
        string? miss = null;
        if (!correct)
        {
            miss = actual != row.Expected ? $"{row.Expected} called {actual}"
                : negated ? $"{actual}, but also under {target}" : $"controlled, but not under {row.Expect}";
        }

        return new EvalRow(row, actual, correct, miss, message);
    }

    private static string Status(CheckStatus status) => status.ToString().ToLowerInvariant();
}
