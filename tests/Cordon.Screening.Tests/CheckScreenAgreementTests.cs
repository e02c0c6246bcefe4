using System.Text;
using Cordon.Screening.Declarations;
using Cordon.Screening.Declarations.Extraction;
using Cordon.Screening.Extraction;
using Cordon.Screening.Reporting;

namespace Cordon.Screening.Tests;

/// <summary>`check` and `screen` read the same text the same way: every name or CAS RN of the labelled set, and the
/// issue's own examples, come back with the same verdict from both (a declaration under a chemical HS heading).</summary>
public sealed class CheckScreenAgreementTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var row in LabelledSetTests.Cases())
        {
            var query = (string)row[0];
            if (new Resolution.QueryResolver(Fixture.KnowledgeBase).Detect(query) is InputKind.Name or InputKind.Cas && !query.Contains('\n'))
            {
                data.Add(query);
            }
        }

        foreach (var text in new[]
        {
            "4-Piperidone HCl H2O 99%", "Acetone technical grade", "Glucose", "Caffeine USP", "fentanil citrate", "anhídrido acético",
            "1-Boc-4-anilinopiperidine", "4-(phenylamino)piperidine", "1-Benzyl-4-piperidone", "哌啶", "鹽酸", "N-phenethyl-4-piperidone",
            "4-fluorofentanyl", "piperidinium chloride", "acetone oxime", "methyl phenylacetate", "Caffeine, reagent grade, 25 kg",
            "Despropionyl fentanyl (4-ANPP)", "N-Phenethyl-4-piperidone (NPP)",
        })
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Check_and_screen_agree(string text)
    {
        using var opsin = new OpsinClient();
        var check = new ChemicalChecker(Fixture.KnowledgeBase, new CheckOptions(), opsin).Check(new QueryRecord(0, text, null, 1));
        var row = Screen(text, opsin);

        var expected = check.Status switch
        {
            CheckStatus.Controlled => DeclarationStatus.Controlled,
            CheckStatus.Suspect => DeclarationStatus.Suspect,
            CheckStatus.Clear => DeclarationStatus.Clear,
            _ => DeclarationStatus.Unresolved,
        };
        Assert.True(expected == row.Status,
            $"check says {ResultNames.Of(check.Status)} ({check.Message}); screen says {row.Status}: {string.Join(" | ", row.Evidence.Select(e => e.Explanation))}");
    }

    private static DeclarationResult Screen(string description, OpsinClient opsin)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, $"id,hs_code,goods_description\nR1,2933.39,\"{description.Replace("\"", "\"\"")}\"\n", new UTF8Encoding(false));
        try
        {
            var screener = new DeclarationScreener(Fixture.Checker(), new ChemicalExtractor(Fixture.KnowledgeBase, opsin));
            return screener.Screen(Assert.Single(DeclarationReader.Read(path, null, null)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
