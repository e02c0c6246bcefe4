using System.Text.RegularExpressions;

namespace Cordon.Screening.Resolution;

/// <summary>Takes salt, hydrate, purity and packaging words off a substance name: "4-Piperidone HCl H2O 99%" is 4-piperidone.</summary>
public static partial class NameCleaner
{
    private static readonly HashSet<string> SaltWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hydrochloride", "dihydrochloride", "monohydrochloride", "hcl", "2hcl", "hydrobromide", "hbr", "hydroiodide",
        "citrate", "dihydrogencitrate", "sulfate", "sulphate", "hemisulfate", "bisulfate", "tartrate", "bitartrate",
        "maleate", "fumarate", "oxalate", "phosphate", "mesylate", "besylate", "tosylate", "succinate", "salt",
        "sodium", "potassium",
    };

    private static readonly HashSet<string> HydrateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hydrate", "monohydrate", "dihydrate", "trihydrate", "hemihydrate", "sesquihydrate", "h2o", "anhydrous", "anhidra", "anhidro", "monohidrato", "hidratado", "hidratada",
    };

    // Grade, purity, form and packaging words in English and Spanish: they say how a chemical is sold, not what it is.
    private static readonly HashSet<string> GradeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pure", "purity", "technical", "tech", "grade", "reagent", "usp", "bp", "ep", "jp", "acs", "fcc", "nf", "ar", "gr", "lr", "cp",
        "hplc", "gc", "lc", "ms", "spectroscopic", "analytical", "analysis", "pharma", "pharmaceutical", "medicinal", "food",
        "feed", "cosmetic", "industrial", "electronic", "laboratory", "lab", "extra", "ultrapure", "high", "premium", "standard",
        "powder", "crystals", "crystal", "crystalline", "flakes", "granules", "granular", "pellets", "liquid", "solution", "solid",
        "base", "freebase", "free", "min", "assay", "content", "drum", "drums", "bag", "bags", "bottle", "bottles", "carton", "ibc",
        "tote", "pallet", "cylinder", "kg", "kgs", "mg", "ml", "mt", "lb", "lbs", "gal", "net", "approx",
        "grado", "técnico", "tecnico", "farmacéutico", "farmaceutico", "alimenticio", "alimentario", "reactivo", "analítico",
        "analitico", "puro", "pura", "pureza", "polvo", "líquido", "liquido", "solución", "solucion", "cristales", "tambor",
        "tambores", "bolsa", "saco", "sacos", "industrial", "calidad", "técnica", "tecnica", "farmacéutica", "farmaceutica", "alimenticia",
        "alimentaria", "reactiva", "analítica", "analitica",
    };

    // Chinese grade and form words stand inside a name without spaces (丙酮工业级), so they are cut out where they occur.
    private static readonly string[] ChineseGradeWords =
    [
        "工业级", "分析纯", "化学纯", "优级纯", "试剂级", "医药级", "药用级", "食品级", "电子级", "色谱纯", "工业用", "试剂",
        "含量", "纯度", "粉末", "液体", "晶体", "结晶", "桶装", "袋装", "溶液", "溶剂",
    ];

    /// <summary>True for a salt, hydrate, grade or packaging word (lower case): a word that says how a chemical is sold,
    /// not what it is.</summary>
    public static bool IsNonNameWord(string word) => SaltWords.Contains(word) || HydrateWords.Contains(word) || GradeWords.Contains(word);

    /// <summary>Splits off salt, hydrate and grade words and purity figures; returns the rest. With
    /// <paramref name="keepSalts"/>, salt words stay: for names of ordinary salts ("zinc sulfate" is not zinc).</summary>
    public static CleanedName Clean(string name, bool keepSalts = false)
    {
        var namesSalt = false;
        var graded = CutChineseGradeWords(name, out var cut);
        var removed = new List<string>(cut);
        if (!keepSalts && CutChineseSalt(graded) is { } chineseSalt)
        {
            (graded, namesSalt) = (chineseSalt.Remainder, true);
            removed.Add(chineseSalt.Salt);
        }

        var tokens = Tokens().Matches(graded).Select(m => m.Value).ToList();
        var kept = new List<string>();
        var afterNumber = false;
        foreach (var token in tokens)
        {
            var bare = token.Trim('(', ')', '[', ']', ',', ';');
            if (bare.Length == 0)
            {
                continue;
            }

            // "200 L": a unit after a number is packaging, though "L" alone may be a stereo descriptor.
            var unit = afterNumber && Quantity().IsMatch("1" + bare);
            afterNumber = Number().IsMatch(bare);
            if (unit)
            {
                removed.Add(bare);
            }
            else if (SaltWords.Contains(bare) && !keepSalts)
            {
                namesSalt = true;
                removed.Add(bare);
            }
            else if (HydrateWords.Contains(bare) || GradeWords.Contains(bare) || Purity().IsMatch(bare) || Quantity().IsMatch(bare) || Number().IsMatch(bare))
            {
                removed.Add(bare);
            }
            else
            {
                kept.Add(bare);
            }
        }

        return new CleanedName(string.Join(' ', kept), removed, namesSalt);
    }

    // 盐酸麻黄碱 is ephedrine hydrochloride, 4-哌啶酮盐酸盐 4-piperidone hydrochloride. Only where a name of two or more
    // characters is left: 盐酸 alone is hydrochloric acid itself.
    private static (string Salt, string Remainder)? CutChineseSalt(string name)
    {
        var trimmed = name.Trim();
        foreach (var salt in ChineseSaltSuffixes)
        {
            if (trimmed.EndsWith(salt, StringComparison.Ordinal) && trimmed.Length - salt.Length >= 2)
            {
                return (salt, trimmed[..^salt.Length]);
            }
        }

        if (trimmed.StartsWith(ChineseHydrochloridePrefix, StringComparison.Ordinal) && trimmed.Length >= ChineseHydrochloridePrefix.Length + 2 &&
            trimmed[ChineseHydrochloridePrefix.Length] is >= '\u3400' and <= '\u9FFF' && trimmed[ChineseHydrochloridePrefix.Length] != '盐')
        {
            return (ChineseHydrochloridePrefix, trimmed[ChineseHydrochloridePrefix.Length..]);
        }

        return null;
    }

    private const string ChineseHydrochloridePrefix = "盐酸";

    private static readonly string[] ChineseSaltSuffixes = ["盐酸盐", "硫酸盐", "枸橼酸盐", "柠檬酸盐", "酒石酸盐", "草酸盐"];

    private static string CutChineseGradeWords(string name, out List<string> cut)
    {
        cut = [];
        foreach (var word in ChineseGradeWords)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                cut.Add(word);
                name = name.Replace(word, " ", StringComparison.Ordinal);
            }
        }

        return name;
    }

    [GeneratedRegex(@"^\d+([.,]\d+)?(kg|g|mg|l|ml|mt|t|lb|lbs|gal|kgs)(/\w+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^\d+([.,]\d+)?$")]
    private static partial Regex Number();

    // Commas inside a name are locants (4,4-piperidinediol); a comma followed by a space separates words.
    [GeneratedRegex(@"(?:[^\s,;]|,(?=[^\s,;]))+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^[<>≥]?\d+(\.\d+)?%$|^%$")]
    private static partial Regex Purity();
}
