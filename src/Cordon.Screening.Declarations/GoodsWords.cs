using System.Text.RegularExpressions;

namespace Cordon.Screening.Declarations;

/// <summary>What a goods description says about itself when it names no chemical: a vague chemical description ("research
/// chemical"), chemical words ("compound", "reagent", "98 %"), or neither; in English, Spanish and Chinese. Text is folded
/// before it comes here.</summary>
public static partial class GoodsWords
{
    /// <summary>The HS chapters of chemical goods: inorganic (28), organic (29), pharmaceutical (30) and miscellaneous
    /// chemical products (38).</summary>
    public static bool IsChemicalChapter(string hsDigits) => hsDigits.Length >= 2 && hsDigits[..2] is "28" or "29" or "30" or "38";

    /// <summary>The first vague chemical description in the text, or null.</summary>
    public static Match? VagueDescription(string text) => Vague().Match(text) is { Success: true } m ? m : null;

    /// <summary>The first chemical word in the text, or null.</summary>
    public static Match? ChemicalWord(string text) => Chemical().Match(text) is { Success: true } m ? m : null;

    /// <summary>A word that says chemistry is there which no mention accounts for ("Unknownium compound" beside water),
    /// or null; percentages and grade words do not count.</summary>
    public static Match? UnaccountedChemistry(string residual) =>
        Unaccounted().Match(ReagentGrade().Replace(residual, g => new string(' ', g.Length))) is { Success: true } m ? m : null;

    // "Reagent" as a grade ("ACS reagent", "reagent grade", "grado reactivo", 试剂级) says how a named chemical is sold, not
    // that another one is there; blanked in place so the spans of what is left stay right.
    [GeneratedRegex(@"\b(ACS\s+)?reagents?\s+grade\b|\bACS\s+reagents?\b|\bgrado\s+reactivo\b|\breactivo\s+(anal[ií]tico|ACS)\b|试剂级|分析试剂",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReagentGrade();

    [GeneratedRegex(@"\b(compounds?|chemicals?|reagents?|intermediates?|acids?|esters?|qu[ií]mic[oa]s?|compuestos?|reactivos?|intermedios?|[aá]cidos?)\b|化合物|化学品|中间体|试剂",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unaccounted();

    [GeneratedRegex(@"research\s+chem(ical)?s?|(pharma(ceutical)?|chemical|organic|api|drug)\s+intermediates?|custom(ized)?\s+synthesis|industrial\s+chemicals?|fine\s+chemicals?|laboratory\s+chemicals?|lab\s+chemicals?|chemical\s+raw\s+materials?|chemical\s+products?|(productos?\s+)?qu[ií]micos?\s+(de\s+)?investigaci[oó]n|intermedios?\s+(farmac[eé]uticos?|qu[ií]micos?)|s[ií]ntesis\s+(personalizada|a\s+medida)|productos?\s+qu[ií]micos?(\s+industriales?)?|qu[ií]micos?\s+industriales?|研究化学品|医药中间体|中间体|定制合成|工业化学品|化工原料|精细化学品|化学品",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();

    [GeneratedRegex(@"\b(chemicals?|compounds?|reagents?|solvents?|intermediates?|acids?|esters?|salts?|cas|purity|assay|anhydrous|hydrochloride|qu[ií]mic[oa]s?|compuestos?|reactivos?|disolventes?|solventes?|[aá]cidos?|pureza|sal(es)?)\b|\d\s*%|化学|化工|试剂|溶剂|中间体|酸|盐|纯度|含量",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chemical();
}
