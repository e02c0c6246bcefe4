using Cordon.Screening.Declarations;
using Cordon.Screening.Output;

namespace Cordon.Screening.Tests;

/// <summary>Throwaway.</summary>
public sealed class HtmlReportScratchTmp
{
    [Fact]
    public void Write_sample()
    {
        var path = Environment.GetEnvironmentVariable("CORDON_SCRATCH_REPORT");
        if (path is null) return;
        var map = ColumnMap.Detect(["Declaration ID", "Goods description", "HS code", "Origin"]);
        var kb = Fixture.KnowledgeBase;
        var items = new (string Desc, string? Hit, string Query, DeclarationStatus St, RiskLevel R, double S)[]
        {
            ("FENTANYL CITRATE USP 5 KG, pharmaceutical grade", "FENTANYL CITRATE", "fentanyl citrate", DeclarationStatus.Controlled, RiskLevel.High, 0.97),
            ("Acetic anhydride 99.5% in drums <for dyes>", "Acetic anhydride", "acetic anhydride", DeclarationStatus.Controlled, RiskLevel.High, 0.91),
            ("Cotton t-shirts, 400 pcs", null, "", DeclarationStatus.Clear, RiskLevel.None, 0.0),
            ("1-phenethyl-4-piperidone (NPP) 25kg", "1-phenethyl-4-piperidone", "1-phenethyl-4-piperidone", DeclarationStatus.Controlled, RiskLevel.High, 0.95),
            ("Ephedrine hydrochloride 10 kg", "Ephedrine hydrochloride", "ephedrine hydrochloride", DeclarationStatus.Controlled, RiskLevel.Medium, 0.72),
            ("organic intermediate, 4-fluoro-fentanyl type", "4-fluoro-fentanyl", "4-fluorofentanyl", DeclarationStatus.Suspect, RiskLevel.Medium, 0.6),
            ("Industrial chemical xylolite-7", null, "", DeclarationStatus.Unresolved, RiskLevel.Low, 0.25),
            ("Sodium chloride <script>alert(1)</script>", null, "", DeclarationStatus.Clear, RiskLevel.None, 0.05),
            ("Safrole oil 200 L", "Safrole", "safrole", DeclarationStatus.Controlled, RiskLevel.High, 0.88),
        };
        using var output = File.CreateText(path);
        using var writer = new HtmlReportWriter(output, "declarations.csv", kb.Version);
        for (var i = 0; i < 60; i++)
        {
            var it = items[i % items.Length];
            var rec = map.Record(i + 1, i + 2, [$"DEC-{1000 + i}", it.Desc, "2933.39", "CN"]);
            var ev = new List<Evidence>();
            if (it.Hit is not null)
            {
                var check = Fixture.Check(it.Query);
                var at = it.Desc.IndexOf(it.Hit, StringComparison.Ordinal);
                ev.Add(new Evidence { Column = "Goods description", Start = at, End = at + it.Hit.Length, Text = it.Hit, Rule = "name", Feature = "controlled-name", Weight = 0.9,
                    Explanation = check.Message, Check = check });
                ev.Add(new Evidence { Column = "HS code", Text = "2933.39", Rule = "hs-mismatch", Feature = "hs-code", Weight = 0.2, Explanation = "HS heading 2933 covers heterocyclic compounds; the description names a listed precursor." });
            }
            if (it.St == DeclarationStatus.Unresolved)
                ev.Add(new Evidence { Column = "Goods description", Start = 20, End = 31, Text = "xylolite-7", Rule = "systematic-name", Feature = "unparsed-name", Weight = 0.25, Explanation = "Looks like a chemical name but OPSIN could not parse it." });
            writer.Write(new DeclarationResult { Record = rec, Status = it.St, Risk = it.R, Score = Math.Round(it.S - (i % 7) * 0.01, 3) is var s && s < 0 ? 0 : s, Evidence = ev, KbVersion = "kb" });
            if (i == 10)
                writer.Write(new DeclarationResult { Record = new DeclarationRecord(999, 1001, new Dictionary<DeclarationField, string>(), [], "declarations.csv line 1001: unterminated quoted field"), Status = DeclarationStatus.Error, Risk = RiskLevel.None, Score = 0, Evidence = [], KbVersion = "kb" });
        }
    }
}
