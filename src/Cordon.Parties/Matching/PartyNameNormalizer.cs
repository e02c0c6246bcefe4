using System.Globalization;
using System.Text;

namespace Cordon.Parties.Matching;

/// <summary>Reduces a party name to comparable tokens: case, punctuation and diacritics removed, legal forms dropped
/// (Co., Ltd., S.A. de C.V., GmbH…), abbreviations expanded (Tech, Intl, Chem), plurals folded.</summary>
public static class PartyNameNormalizer
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "co", "company", "companies", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "sa", "de", "cv", "srl",
        "rl", "s", "gmbh", "ag", "bv", "nv", "sas", "sac", "ltda", "fzco", "fze", "fzc", "fz", "pte", "pty", "kg", "oy", "ab", "spa", "sarl",
        "jsc", "ojsc", "pjsc", "ooo", "lp", "llp", "cia", "compania", "sociedad", "anonima", "the", "and", "y", "of",
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["tech"] = "technology", ["technologies"] = "technology", ["techn"] = "technology", ["intl"] = "international", ["int"] = "international",
        ["chem"] = "chemical", ["chems"] = "chemical", ["chemicals"] = "chemical", ["pharm"] = "pharmaceutical", ["pharma"] = "pharmaceutical",
        ["pharmaceuticals"] = "pharmaceutical", ["biotechnology"] = "biotech", ["ind"] = "industrial", ["industries"] = "industrial",
        ["industry"] = "industrial", ["mfg"] = "manufacturing", ["imp"] = "import", ["exp"] = "export", ["trade"] = "trading",
        ["dev"] = "development", ["grp"] = "group", ["hldgs"] = "holding", ["holdings"] = "holding", ["enterprises"] = "enterprise",
        ["materials"] = "material", ["products"] = "product", ["services"] = "service", ["sciences"] = "science",
    };

    /// <summary>The comparable tokens of a name, in order; legal forms are returned separately for explanations.</summary>
    public static (IReadOnlyList<string> Tokens, IReadOnlyList<string> Dropped) Tokens(string name)
    {
        var folded = Fold(name);
        var tokens = new List<string>();
        var dropped = new List<string>();
        foreach (var raw in MergeInitials(folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (LegalForms.Contains(raw))
            {
                dropped.Add(raw);
                continue;
            }

            tokens.Add(Abbreviations.TryGetValue(raw, out var full) ? full : raw);
        }

        return (tokens, dropped);
    }

    // "S. de R.L. de C.V." arrives as s, de, r, l, de, c, v: runs of single letters are one word (rl, cv).
    private static IEnumerable<string> MergeInitials(string[] words)
    {
        var run = "";
        foreach (var word in words)
        {
            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                run += word;
                continue;
            }

            if (run.Length > 0)
            {
                yield return run;
                run = "";
            }

            yield return word;
        }

        if (run.Length > 0)
        {
            yield return run;
        }
    }

    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; the text is compared as it is.
            return text;
        }
    }

    // Lower case, no diacritics; every run of punctuation or space becomes one space; "bio-tech" becomes "bio tech".
    private static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        // Folded first, so that look-alike letters, full-width forms and invisible characters cannot hide a designee.
        foreach (var c in Decompose(Cordon.Text.TextFolder.FoldToString(name)))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString();
    }
}
