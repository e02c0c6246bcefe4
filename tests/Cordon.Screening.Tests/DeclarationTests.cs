using System.Text;
using Cordon.Screening.Declarations;
using Cordon.Screening.Declarations.Extraction;

namespace Cordon.Screening.Tests;

/// <summary>Reading declaration files and screening them: every row out, in order, with evidence and risk.</summary>
public sealed class DeclarationTests
{
    private static List<DeclarationResult> ScreenFile(string path, string? encoding = null, IReadOnlyList<string>? map = null)
    {
        var screener = new DeclarationScreener(Fixture.Checker(), new ChemicalExtractor(Fixture.KnowledgeBase, null));
        var results = new List<DeclarationResult>();
        OrderedParallel.Run(DeclarationReader.Read(path, encoding, map), screener.Screen, results.Add, chunkSize: 3);
        return results;
    }

    private static string Temp(string extension, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void The_sample_file_screens_every_row_in_order_with_the_expected_verdicts()
    {
        var sample = Path.Combine(RepoRoot(), "samples", "declarations.csv");
        var results = ScreenFile(sample);
        Assert.Equal(Enumerable.Range(1, results.Count), results.Select(r => r.Record.Row));
        var byId = results.Where(r => r.Record[DeclarationField.Id] is not null).ToDictionary(r => r.Record[DeclarationField.Id]!);
        Assert.Equal(RiskLevel.High, byId["DEC-0002"].Risk);
        Assert.Equal(DeclarationStatus.Controlled, byId["DEC-0003"].Status);
        Assert.Equal(DeclarationStatus.Clear, byId["DEC-0004"].Status);
        Assert.Equal(RiskLevel.High, byId["DEC-0007"].Risk);
        Assert.Contains(byId["DEC-0007"].Evidence, e => e.Rule == "fuzzy-name");
        Assert.Equal(DeclarationStatus.Controlled, byId["DEC-0008"].Status);
        Assert.Equal(DeclarationStatus.Suspect, byId["DEC-0011"].Status);
        Assert.Contains(byId["DEC-0013"].Evidence, e => e.Feature == "hs-names-precursor");
        Assert.Contains(byId["DEC-0007"].Evidence, e => e.Feature == "hs-mismatch");
        Assert.True(byId["DEC-0014"].Risk is RiskLevel.Low or RiskLevel.None, "a routine solvent is low or none");
        Assert.Equal(DeclarationStatus.Controlled, byId["DEC-0015"].Status);
        Assert.Equal(DeclarationStatus.Unresolved, byId["DEC-0017"].Status);
        Assert.Equal(DeclarationStatus.Clear, byId["DEC-0018"].Status);
        Assert.Equal(DeclarationStatus.Clear, byId["DEC-0023"].Status);
        Assert.Equal(DeclarationStatus.Clear, byId["DEC-0025"].Status);
        // Every record starts its line with its id; the reader must give exactly those, none lost to quotes.
        var ids = File.ReadLines(sample).Where(l => l.StartsWith("DEC-", StringComparison.Ordinal)).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(ids, results.Select(r => r.Record[DeclarationField.Id]));
        // A quote inside an unquoted field is text, not a broken record: the row is read and screened.
        Assert.Equal("Broken \"Quote\" Trading", byId["DEC-0026"].Record[DeclarationField.Shipper]);
        Assert.Equal(DeclarationStatus.Controlled, byId["DEC-0026"].Status);
    }

    [Fact]
    public void Evidence_names_the_column_and_the_exact_span()
    {
        var path = Temp(".csv", "id,description\nA1,\"Drums of NPP, CAS 39742-60-4\"\n");
        try
        {
            var result = Assert.Single(ScreenFile(path));
            var description = result.Record[DeclarationField.Description]!;
            Assert.All(result.Evidence, e =>
            {
                Assert.Equal("description", e.Column);
                Assert.Equal(e.Text, description[e.Start!.Value..e.End!.Value]);
            });
            Assert.Contains(result.Evidence, e => e.Rule == "cas-number" && e.Text == "39742-60-4");
            var finding = result.Evidence.First().Check!.Findings.First();
            Assert.False(string.IsNullOrEmpty(finding.Clause));
            Assert.False(string.IsNullOrEmpty(finding.Citation));
            Assert.Equal(0.95, result.Score);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Spanish_headers_semicolons_and_latin1_are_read()
    {
        var text = "Pedimento;Exportador;Fracción arancelaria;Descripción de la mercancía;Cantidad\nP-1;Química SA;2915.24;Anhídrido acético 99%;1000 kg\nP-2;Textiles;6109.10;Camisetas de algodón;50 kg\n";
        var path = Temp(".csv", text, Encoding.Latin1);
        try
        {
            var results = ScreenFile(path);
            Assert.Equal(2, results.Count);
            Assert.Equal("P-1", results[0].Record[DeclarationField.Id]);
            Assert.Equal("Anhídrido acético 99%", results[0].Record[DeclarationField.Description]);
            Assert.Equal(DeclarationStatus.Controlled, results[0].Status);
            Assert.DoesNotContain(results[0].Evidence, e => e.Feature == "hs-mismatch");
            Assert.Equal(DeclarationStatus.Clear, results[1].Status);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Gb18030_chinese_and_a_utf8_bom_are_detected()
    {
        var gb = Encoding.GetEncoding("GB18030");
        var chinese = Temp(".tsv", "编号\t品名\t数量\nC-1\t芬太尼中间体 4-哌啶酮盐酸盐\t20 kg\n", gb);
        var bom = Temp(".csv", "id,goods\nB-1,Toluene 99%\n", new UTF8Encoding(true));
        try
        {
            var result = Assert.Single(ScreenFile(chinese, map: ["编号=id"]));
            Assert.Equal("C-1", result.Record[DeclarationField.Id]);
            Assert.Equal(DeclarationStatus.Controlled, result.Status);
            Assert.Contains(result.Evidence, e => e.Text == "芬太尼");
            var fromBom = Assert.Single(ScreenFile(bom));
            Assert.Equal("B-1", fromBom.Record[DeclarationField.Id]);
            Assert.Equal("Toluene 99%", fromBom.Record[DeclarationField.Description]);
        }
        finally
        {
            File.Delete(chinese);
            File.Delete(bom);
        }
    }

    [Fact]
    public void Json_lines_keep_every_line_and_report_malformed_ones()
    {
        var path = Temp(".jsonl", "{\"id\":\"J1\",\"description\":\"NPP 25kg\",\"extra\":5}\n{not json\n\n[1,2]\n{\"id\":\"J4\",\"description\":\"rice\"}\n");
        try
        {
            var results = ScreenFile(path);
            Assert.Equal(4, results.Count);
            Assert.Equal(DeclarationStatus.Controlled, results[0].Status);
            Assert.Contains(results[0].Record.Columns, c => c.Key == "extra" && c.Value == "5");
            Assert.StartsWith($"{Path.GetFileName(path)}:2:", results[1].Record.Error);
            Assert.Equal(DeclarationStatus.Error, results[2].Status);
            Assert.Equal(4, results[2].Record.Line);
            // "rice" names no chemical, but without an HS code nothing shows the goods are not chemical.
            Assert.Equal(DeclarationStatus.Unresolved, results[3].Status);
            Assert.Contains(results[3].Evidence, e => e.Explanation.Contains("no HS code", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Hostile_json_lines_and_text_cost_one_row_each_and_never_the_run()
    {
        var longWord = new string('x', 5000);
        var path = Temp(".jsonl", "{\"id\":\"H1\",\"description\":\"bad \\ud800 surrogate\"}\n" +
            $"{{\"id\":\"H2\",\"description\":\"{longWord} NPP\"}}\n{{\"ref\":\"H3\",\"description\":\"\"}}\n");
        try
        {
            var results = ScreenFile(path, map: ["id=id"]);
            Assert.Equal(3, results.Count);
            Assert.Equal(DeclarationStatus.Error, results[0].Status);
            Assert.Equal(DeclarationStatus.Controlled, results[1].Status);
            Assert.Equal(DeclarationStatus.Error, results[2].Status);
            Assert.Contains("no column named 'id'", results[2].Record.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_row_without_a_description_is_unresolved_not_clear()
    {
        var path = Temp(".csv", "id,description,hs\nE1,,3926.90\n");
        try
        {
            var result = Assert.Single(ScreenFile(path));
            Assert.Equal(DeclarationStatus.Unresolved, result.Status);
            Assert.Contains(result.Evidence, e => e.Rule == "no-description");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_long_utf8_chinese_file_is_not_mistaken_for_gb18030()
    {
        var rows = string.Concat(Enumerable.Range(1, 2500).Select(i => $"C-{i},芬太尼中间体 N-苯乙基-4-哌啶酮\n"));
        var path = Temp(".csv", "编号,品名\n" + rows);
        try
        {
            Assert.True(new FileInfo(path).Length > 70_000);
            var results = ScreenFile(path, map: ["编号=id"]);
            Assert.Equal(2500, results.Count);
            Assert.All(results, r => Assert.Equal(DeclarationStatus.Controlled, r.Status));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Excel_workbooks_are_read()
    {
        var path = XlsxBuilder.Write([["Declaration ID", "Goods description", "HS code"], ["X-1", "Phenylacetic acid 99%", "2916.34"], ["X-2", "Ceramic tiles", "6907.21"]]);
        try
        {
            var results = ScreenFile(path);
            Assert.Equal(["X-1", "X-2"], results.Select(r => r.Record[DeclarationField.Id]));
            Assert.Equal(DeclarationStatus.Controlled, results[0].Status);
            Assert.Equal(DeclarationStatus.Clear, results[1].Status);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Map_overrides_detection_and_bad_maps_say_why()
    {
        var path = Temp(".csv", "ref,text\nR1,NPP\n");
        try
        {
            var result = Assert.Single(ScreenFile(path, map: ["ref=id", "text=description"]));
            Assert.Equal("R1", result.Record[DeclarationField.Id]);
            Assert.Equal(DeclarationStatus.Controlled, result.Status);
            var error = Assert.Throws<InvalidDataException>(() => ScreenFile(path, map: ["nope=description"]));
            Assert.Contains("no column named 'nope'", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unclosed_quote_is_one_error_row_naming_its_line()
    {
        var path = Temp(".csv", "id,description\nA1,rice\nA2,\"never closed\nA3,NPP\n");
        try
        {
            var results = ScreenFile(path);
            // "rice" names no chemical and has no HS code: unresolved, not clear.
            Assert.Equal([DeclarationStatus.Unresolved, DeclarationStatus.Error, DeclarationStatus.Controlled], results.Select(r => r.Status));
            Assert.Equal([2, 3, 4], results.Select(r => r.Record.Line));
            Assert.StartsWith($"{Path.GetFileName(path)}:3: unclosed quote", results[1].Record.Error);
            Assert.Equal("A2", results[1].Record[DeclarationField.Id]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_description_and_cas_column_is_screened_and_each_finding_names_its_column()
    {
        var path = Temp(".csv", "id,description,descripción,cas,cas no\nM1,ceramic tiles,anhídrido acético,,39742-60-4\n");
        try
        {
            var result = Assert.Single(ScreenFile(path));
            Assert.Equal(DeclarationStatus.Controlled, result.Status);
            Assert.Contains(result.Evidence, e => e.Column == "descripción" && e.Check?.Status == Cordon.Screening.CheckStatus.Controlled);
            Assert.Contains(result.Evidence, e => e.Column == "cas no" && e.Rule == "cas-number" && e.Text == "39742-60-4");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("1,000 KG", 1000.0)]
    [InlineData("2 t", 2000.0)]
    [InlineData("1.5 MT", 1500.0)]
    [InlineData("500 L", 500.0)]
    [InlineData("250 g", 0.25)]
    [InlineData("many", null)]
    public void Quantities_are_read_as_kilograms(string text, double? kilograms)
    {
        Assert.Equal(kilograms, Cordon.Screening.Risk.QuantityParser.Kilograms(text));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "kb.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root");
    }
}
