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
        "jsc", "ojsc", "pjsc", "ooo", "lp", "llp", "cia", "compania", "sociedad", "asociacion", "anonima", "sc", "ac", "sapi", "spr", "sab", "the", "and", "y", "of",
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["tech"] = "technology", ["technologies"] = "technology", ["techn"] = "technology", ["intl"] = "international", ["int"] = "international",
        ["chem"] = "chemical", ["chems"] = "chemical", ["chemicals"] = "chemical", ["pharm"] = "pharmaceutical", ["pharma"] = "pharmaceutical",
        ["pharmaceuticals"] = "pharmaceutical", ["biotechnology"] = "biotech", ["ind"] = "industrial", ["industries"] = "industrial",
        ["industry"] = "industrial", ["mfg"] = "manufacturing", ["imp"] = "import", ["exp"] = "export", ["trade"] = "trading", ["trdg"] = "trading", ["trdng"] = "trading", ["sply"] = "supply", ["spply"] = "supply", ["supplies"] = "supply",
        ["distrib"] = "distribuidora", ["dist"] = "distribuidora", ["quim"] = "quimica",
        ["dev"] = "development", ["grp"] = "group", ["hldgs"] = "holding", ["holdings"] = "holding", ["enterprises"] = "enterprise",
        ["materials"] = "material", ["products"] = "product", ["services"] = "service", ["sciences"] = "science", ["plastics"] = "plastic", ["polymers"] = "polymer",
    };

    /// <summary>The comparable tokens of a name, in order; legal forms are returned separately for explanations.</summary>
    public static (IReadOnlyList<string> Tokens, IReadOnlyList<string> Dropped) Tokens(string name)
    {
        var normalized = Normalize(name);
        return (normalized.Tokens, normalized.Dropped);
    }

    /// <summary>The name folded (TextFolder), transliterated to Latin (AnyAscii) where it is in another script, and tokenised.</summary>
    public static NormalizedName Normalize(string name)
    {
        var folded = Cordon.Text.TextFolder.Fold(name);
        var (text, transliterated) = Fold(folded.Text);
        var tokens = new List<string>();
        var raw = new List<string>();
        var dropped = new List<string>();
        foreach (var word in MergeInitials(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            // "Sociedad Civil", "Asociacion Civil": "civil" is part of the legal form only after those words.
            if (LegalForms.Contains(word) || (word == "civil" && dropped.Count > 0 && dropped[^1] is "sociedad" or "asociacion"))
            {
                dropped.Add(word);
                continue;
            }

            raw.Add(word);
            tokens.Add(Abbreviations.TryGetValue(word, out var full) ? full : word);
        }

        return new NormalizedName(tokens, raw, dropped, folded.Alterations.Select(a => a.Detail).ToList(), transliterated);
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

    // Lower case, no diacritics; every run of punctuation or space becomes one space; "bio-tech" becomes "bio tech". Letters of
    // another script are transliterated one by one (AnyAscii); each Chinese character is a syllable of its own ("张伟" = "zhang wei").
    private static (string Text, bool Transliterated) Fold(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        var transliterated = false;
        foreach (var c in Decompose(folded))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c < 0x80 || !char.IsLetter(c))
            {
                builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
                continue;
            }

            var latin = AnyAscii.Transliteration.Transliterate(c.ToString());
            if (latin.Length == 0)
            {
                builder.Append(' ');
                continue;
            }

            // Latin letters such as ß or ø are spelled out; only another script counts as transliterated.
            transliterated |= c >= '\u0370';
            var ideograph = c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
            if (ideograph)
            {
                builder.Append(' ');
            }

            foreach (var l in latin)
            {
                builder.Append(char.IsLetterOrDigit(l) ? char.ToLowerInvariant(l) : ' ');
            }

            if (ideograph)
            {
                builder.Append(' ');
            }
        }

        return (builder.ToString(), transliterated);
    }
}
