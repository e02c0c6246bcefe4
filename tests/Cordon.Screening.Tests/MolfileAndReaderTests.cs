using Cordon.Screening.Input;
using Cordon.Screening.Reporting;

namespace Cordon.Screening.Tests;

public sealed class MolfileAndReaderTests
{
    // 4-piperidone drawn by hand: the ring closes from atom 7 back to atom 1.
    private const string PiperidoneMolfile = """
        4-piperidone
          hand-written

          7  7  0  0  0  0  0  0  0  0999 V2000
            0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            0.0000    1.2000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0
            1.0000   -0.6000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            1.0000   -1.8000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            0.0000   -2.4000    0.0000 N   0  0  0  0  0  0  0  0  0  0  0  0
           -1.0000   -1.8000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
           -1.0000   -0.6000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
          1  2  2  0
          1  3  1  0
          3  4  1  0
          4  5  1  0
          5  6  1  0
          6  7  1  0
          7  1  1  0
        M  END
        """;

    [Fact]
    public void A_molfile_query_is_detected_and_classified()
    {
        var result = Fixture.Check(PiperidoneMolfile);
        Assert.Equal(InputKind.Molfile, result.InputKind);
        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.Contains(result.Findings, f => f.SubstanceId == "us.list-i.4-piperidone");
        Assert.Equal("O=C1CCNCC1", result.Structure!.Smiles);
    }

    [Fact]
    public void Sdf_records_keep_order_names_and_lines_and_a_truncated_last_record_is_an_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.sdf");
        var truncated = PiperidoneMolfile[..PiperidoneMolfile.IndexOf("  3  4", StringComparison.Ordinal)];
        File.WriteAllText(path, $"{PiperidoneMolfile}\n$$$$\n{PiperidoneMolfile.Replace("4-piperidone", "second")}\n> <ID>\n7\n\n$$$$\n{truncated}");
        try
        {
            var checker = new BatchChecker(Fixture.Checker(), chunkSize: 2);
            var results = new List<CheckResult>();
            checker.Run(QueryFileReader.Read(path), results.Add);
            Assert.Equal(3, results.Count);
            Assert.Equal(["4-piperidone", "second", "4-piperidone"], results.Select(r => r.Record!.Name));
            Assert.Equal(CheckStatus.Controlled, results[0].Status);
            Assert.Equal(CheckStatus.Controlled, results[1].Status);
            Assert.Equal(CheckStatus.Unresolved, results[2].Status);
            Assert.Contains("truncated", results[2].Message);
            Assert.Contains($"{Path.GetFileName(path)}:{results[2].Record!.Line}", results[2].Message);
            Assert.Equal(1, results[0].Record!.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Csv_column_with_quoted_newlines_keeps_every_row_with_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,description,cas\n1,\"fentanyl, bulk\",437-38-7\n2,\"two\nlines\",\n3,ethanol,64-17-5\n");
        try
        {
            var records = QueryFileReader.Read(path, "cas").ToList();
            Assert.Equal(3, records.Count);
            Assert.Equal(["437-38-7", "", "64-17-5"], records.Select(r => r.Text));
            Assert.Equal([2, 3, 5], records.Select(r => r.Line));
            Assert.Equal("2", records[1].Name);
            var results = records.Select(Fixture.Checker().Check).ToList();
            Assert.Equal([CheckStatus.Controlled, CheckStatus.Unresolved, CheckStatus.Clear], results.Select(r => r.Status));
            Assert.Throws<InvalidDataException>(() => QueryFileReader.Read(path, "no such column").ToList());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Smi_file_takes_smiles_and_name_and_skips_only_blank_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.smi");
        File.WriteAllText(path, "O=C1CCNCC1\tpiperidone\n\nnot-smiles x\nCCO ethanol\n");
        try
        {
            var results = new List<CheckResult>();
            new BatchChecker(Fixture.Checker()).Run(QueryFileReader.Read(path), results.Add);
            Assert.Equal(["piperidone", "x", "ethanol"], results.Select(r => r.Record!.Name));
            Assert.Equal([CheckStatus.Controlled, CheckStatus.Unresolved, CheckStatus.Clear], results.Select(r => r.Status));
            Assert.Equal([1, 3, 4], results.Select(r => r.Record!.Line));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Batch_output_is_in_input_order_across_chunks_and_threads()
    {
        var queries = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? "fentanyl" : i % 3 == 1 ? "CCO" : "C1CC(").ToList();
        var records = queries.Select((q, i) => new QueryRecord(i, q, "mem", i + 1));
        var results = new List<CheckResult>();
        var done = new BatchChecker(Fixture.Checker(), chunkSize: 7).Run(records, results.Add);
        Assert.Equal(300, done);
        Assert.Equal(Enumerable.Range(0, 300), results.Select(r => r.Record!.Index));
        Assert.All(results, r => Assert.Equal(
            r.Record!.Index % 3 == 0 ? CheckStatus.Controlled : r.Record.Index % 3 == 1 ? CheckStatus.Clear : CheckStatus.Unresolved, r.Status));
    }

    [Fact]
    public void Hostile_queries_are_unresolved_with_a_reason()
    {
        var tenThousand = Fixture.Check(new string('C', 10_000));
        Assert.Equal(CheckStatus.Unresolved, tenThousand.Status);
        Assert.Contains("limit", tenThousand.Message);

        var nested = Fixture.Check("C" + string.Concat(Enumerable.Repeat("(C", 2000)) + new string(')', 2000));
        Assert.Equal(CheckStatus.Unresolved, nested.Status);

        var garbage = Fixture.Check("\u0001\u00ff\u0000garbage\u0080");
        Assert.Equal(CheckStatus.Unresolved, garbage.Status);

        var huge = Fixture.Check(new string('x', 50_000));
        Assert.Equal(CheckStatus.Unresolved, huge.Status);
        Assert.Contains("limit", huge.Message);
    }

    [Fact]
    public void Jurisdiction_filter_keeps_only_those_findings()
    {
        var result = Fixture.Check("NPP", new CheckOptions(new HashSet<string> { "UN" }));
        Assert.All(result.Findings, f => Assert.Equal("UN", f.Jurisdiction));
        Assert.NotEmpty(result.Findings);
        // The enantiomer of ephedrine: the US covers optical isomers, the UN table does not, so under UN alone it is a
        // lead (identical but for stereo), never "controlled".
        var usOnly = Fixture.Check("C[C@@H](NC)[C@@H](O)c1ccccc1", new CheckOptions(new HashSet<string> { "UN" }));
        Assert.Equal(CheckStatus.Suspect, usOnly.Status);
        var alert = Assert.Single(usOnly.Findings);
        Assert.Equal(FindingBasis.Analogue, alert.Basis);
        Assert.Equal("un.table-i.ephedrine", alert.SubstanceId);
        Assert.Equal(1.0, alert.Similarity);
    }

    [Fact]
    public void Forcing_the_kind_overrides_detection()
    {
        var asName = Fixture.Check("CCO", new CheckOptions(ForcedKind: InputKind.Name));
        Assert.Equal(CheckStatus.Unresolved, asName.Status);
        var asSmiles = Fixture.Check("NPP", new CheckOptions(ForcedKind: InputKind.Smiles));
        Assert.Equal(InputKind.Smiles, asSmiles.InputKind);
        Assert.Equal(CheckStatus.Clear, asSmiles.Status);
    }

    [Fact]
    public void Depiction_of_a_hit_is_svg()
    {
        var svg = Depiction.ForHit(Fixture.Check("NPP"));
        Assert.NotNull(svg);
        Assert.Contains("<svg", svg);
        Assert.Null(Depiction.ForHit(Fixture.Check("CCO")));
    }
}
