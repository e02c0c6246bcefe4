using Cordon.Screening.Evaluation;
using Cordon.Screening.Extraction;

namespace Cordon.Screening.Tests;

/// <summary>The labelled set of each schedule in eval/schedules/: every listed substance by name, CAS RN and SMILES (and
/// salts and isomers where the clause covers them) must come back controlled under its own entry.</summary>
public sealed class ScheduleSetTests
{
    public static TheoryData<string> Sets()
    {
        var data = new TheoryData<string>();
        var folder = Fixture.RepoPath(Path.Combine("eval", "schedules"));
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.check.csv").Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_row_of_the_schedules_set_is_answered_as_labelled(string file)
    {
        var set = EvalSetReader.Read(Fixture.RepoPath(Path.Combine("eval", "schedules", file)));
        // As `cordon eval` reads them: systematic names through OPSIN.
        using var opsin = new OpsinClient();
        var checker = new ChemicalChecker(Fixture.KnowledgeBase, new CheckOptions(), opsin);
        var report = new Evaluator(checker, () => throw new InvalidOperationException("schedule sets are check sets")).Run(set);
        var wrong = report.Rows.Where(r => !r.Correct).Select(r => $"line {r.Case.Line}: {r.Case.Input} → {r.Actual} ({r.Miss}): {r.Message}");
        Assert.True(report.Correct == report.Rows.Count, string.Join("\n", wrong));
        Assert.NotEmpty(report.Rows);
    }
}
