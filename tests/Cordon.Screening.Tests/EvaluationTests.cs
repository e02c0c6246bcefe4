using Cordon.Screening.Declarations;
using Cordon.Screening.Evaluation;
using Cordon.Screening.Declarations.Extraction;

namespace Cordon.Screening.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void Precision_recall_and_misses_are_counted_per_kind()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-eval-{Guid.NewGuid():N}.check.csv");
        File.WriteAllLines(path,
        [
            "query,expected,expect,note",
            "fentanyl,controlled,UN,true positive",
            "437-38-7,controlled,us.schedule,true positive by substance id prefix",
            "glucose,clear,,correct clear",
            "acetone,clear,,labelled clear on purpose: a false positive",
            "437-38-8,controlled,,bad check digit: controlled called unresolved",
            "toluene,controlled,MX-NOWHERE,controlled but not under the expected jurisdiction",
        ]);
        try
        {
            var set = EvalSetReader.Read(path);
            Assert.Equal(EvalMode.Check, set.Mode);
            var report = new Evaluator(Fixture.Checker(), () => throw new InvalidOperationException("no screen rows")).Run(set);
            Assert.Equal(3, report.Correct);
            Assert.Equal(2, report.TruePositives);
            Assert.Equal(1, report.FalsePositives);
            Assert.Equal(2, report.FalseNegatives);
            Assert.Equal(2.0 / 3, report.Precision!.Value, 6);
            Assert.Equal(0.5, report.Recall!.Value, 6);
            Assert.Equal(
                [KeyValuePair.Create("clear called controlled", 1), KeyValuePair.Create("controlled called unresolved", 1),
                    KeyValuePair.Create("controlled, but not under MX-NOWHERE", 1)],
                report.Misses);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_screen_set_may_give_each_row_its_HS_code()
    {
        // Goods that name no chemical are clear only under a heading outside the chemical chapters, so the code decides.
        var path = Path.Combine(Path.GetTempPath(), $"cordon-eval-{Guid.NewGuid():N}.screen.csv");
        File.WriteAllLines(path,
        [
            "description,expected,expect,note,hs_code",
            "Cotton T-shirts,clear,,ordinary goods,6109.10",
            "Cotton T-shirts,unresolved,,no HS code,",
            "Assorted goods,unresolved,,a chemical heading,2933.39",
        ]);
        try
        {
            var set = EvalSetReader.Read(path);
            Assert.Equal(["6109.10", null, "2933.39"], set.Cases.Select(c => c.HsCode));
            var report = new Evaluator(Fixture.Checker(),
                () => new DeclarationScreener(Fixture.Checker(), new ChemicalExtractor(Fixture.KnowledgeBase, null))).Run(set);
            Assert.Equal(3, report.Correct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_row_with_an_unknown_status_names_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-eval-{Guid.NewGuid():N}.check.csv");
        File.WriteAllLines(path, ["query,expected,expect,note", "glucose,clear,,", "fentanyl,banned,,"]);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => EvalSetReader.Read(path));
            Assert.Contains($"{path}:3", error.Message);
            Assert.Contains("controlled, suspect, clear, unresolved", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
