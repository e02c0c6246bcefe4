using System.Globalization;
using System.Text;

namespace Cordon.Text;

/// <summary>Folds text before anything reads it, so that a disguised name reads as the name: compatibility forms (NFKC:
/// full-width letters and digits, mathematical alphanumerics, ligatures), every dash and hyphen to '-', every space to
/// ' ', zero-width and format characters removed, digits of any script to ASCII, Cyrillic and Greek look-alike letters
/// inside Latin words to Latin, and traditional Chinese characters to simplified. Case is kept. Where the folding changed
/// letters inside a word, the change is recorded as an <see cref="TextAlteration"/>.</summary>
public static class TextFolder
{
    private static readonly Dictionary<char, char> LookAlikes = BuildLookAlikes();
    private static readonly Dictionary<char, char> TraditionalToSimplified = LoadChineseTable();

    /// <summary>Folds <paramref name="text"/>; never throws (a lone surrogate becomes U+FFFD).</summary>
    public static FoldedText Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlain(text))
        {
            return FoldedText.Unchanged(text);
        }

        var output = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var alterations = new List<TextAlteration>();
        var invisibleAt = new List<(int Start, int End, int Output, int CodePoint)>();
        var mathematical = new List<(int Start, int End)>();
        var otherDigits = new List<(int Start, int End, int Output)>();

        for (var i = 0; i < text.Length;)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var codePoint = length == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (length == 1 && char.IsSurrogate(text[i]))
            {
                codePoint = 0xFFFD;
            }

            var folded = FoldCodePoint(codePoint, out var kind);
            switch (kind)
            {
                case FoldKind.Removed:
                    invisibleAt.Add((i, i + length, output.Length, codePoint));
                    break;
                case FoldKind.Mathematical:
                    mathematical.Add((i, i + length));
                    break;
                case FoldKind.OtherDigit:
                    otherDigits.Add((i, i + length, output.Length));
                    break;
            }

            foreach (var c in folded)
            {
                output.Append(c);
                starts.Add(i);
                ends.Add(i + length);
            }

            i += length;
        }

        var chars = output.ToString().ToCharArray();
        // Whether a short capital is hyphened to a Latin letter depends on its neighbour, which a later word's folding may make
        // Latin ("Ρ-Еthyl"): passes repeat until none folds, so folding twice changes nothing more.
        while (FoldLookAlikes(text, chars, starts, ends, alterations))
        {
        }
        ReportInvisible(chars, starts, ends, invisibleAt, alterations);
        foreach (var (start, end) in MergeRuns(mathematical))
        {
            alterations.Add(new TextAlteration(start, end, TextAlterationKind.MathematicalLetters,
                $"'{text[start..end]}' is written in mathematical or letter-like symbols"));
        }

        ReportMixedDigits(text, chars, starts, ends, otherDigits, alterations);
        alterations.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new FoldedText(text, new string(chars), starts.ToArray(), ends.ToArray(), alterations);
    }

    /// <summary>The folded text alone.</summary>
    public static string FoldToString(string text) => Fold(text).Text;

    // ASCII letters, digits, punctuation and ordinary spaces need no folding: the common case costs one scan.
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
            {
                return false;
            }
        }

        return true;
    }

    private enum FoldKind
    {
        Same,
        Folded,
        Removed,
        Mathematical,
        OtherDigit,
    }

    private static string FoldCodePoint(int codePoint, out FoldKind kind)
    {
        kind = FoldKind.Folded;
        if (codePoint < 0x7F && (codePoint >= 0x20 || codePoint is '\t' or '\n' or '\r'))
        {
            kind = FoldKind.Same;
            return ((char)codePoint).ToString();
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.Format or UnicodeCategory.Control || codePoint is 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0)
        {
            // Zero-width spaces and joiners, soft hyphens, bidi marks, BOMs, fillers: invisible, so never part of a name.
            kind = FoldKind.Removed;
            return "";
        }

        if (category == UnicodeCategory.DashPunctuation || codePoint is 0x2212 or 0x2043 or 0x02D7 or 0x2796 or 0xFE63 or 0xFF0D)
        {
            return "-";
        }

        if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
        {
            return " ";
        }

        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            var value = CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(codePoint), 0);
            kind = IsMathematical(codePoint) ? FoldKind.Mathematical : IsFullWidth(codePoint) ? FoldKind.Folded : FoldKind.OtherDigit;
            return ((char)('0' + value)).ToString();
        }

        var source = char.ConvertFromUtf32(codePoint);
        string normalized;
        try
        {
            normalized = source.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normalized = "\uFFFD";
        }

        if (normalized.Length == 1 && TraditionalToSimplified.TryGetValue(normalized[0], out var simplified))
        {
            return simplified.ToString();
        }

        if (IsMathematical(codePoint) && normalized != source)
        {
            kind = FoldKind.Mathematical;
        }
        else if (normalized == source)
        {
            kind = FoldKind.Same;
        }

        // NFKC may decompose to a letter and combining marks; a second pass of folding is not needed for them.
        return normalized;
    }

    private static bool IsMathematical(int codePoint) =>
        codePoint is >= 0x1D400 and <= 0x1D7FF or >= 0x2100 and <= 0x214F or >= 0x24B6 and <= 0x24E9 or >= 0x1F130 and <= 0x1F189;

    private static bool IsFullWidth(int codePoint) => codePoint is >= 0xFF00 and <= 0xFFEF;

    // A look-alike is folded only inside a word that also has Latin letters, or in a whole word (3+ letters) made of
    // nothing but look-alikes: a Greek locant (α-, β-) or a genuine Cyrillic word keeps its letters.
    private static bool FoldLookAlikes(string original, char[] chars, List<int> starts, List<int> ends, List<TextAlteration> alterations)
    {
        var folded = false;
        var i = 0;
        while (i < chars.Length)
        {
            if (!char.IsLetter(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < chars.Length && (char.IsLetter(chars[i]) || CharUnicodeInfo.GetUnicodeCategory(chars[i]) == UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            var latin = 0;
            var lookAlike = 0;
            var letters = 0;
            for (var j = start; j < i; j++)
            {
                if (!char.IsLetter(chars[j]))
                {
                    continue;
                }

                letters++;

                // Look-alikes first: a few of them (dotless ı) lie inside the Latin blocks.
                if (LookAlikes.ContainsKey(chars[j]))
                {
                    lookAlike++;
                }
                else if (chars[j] < 0x250)
                {
                    latin++;
                }
            }

            var hyphenated = lookAlike == letters && IsHyphenedCapital(chars, start, i);
            if (lookAlike == 0 || !((latin > 0) || (lookAlike == letters && letters >= 3) || hyphenated))
            {
                continue;
            }

            var found = new StringBuilder();
            for (var j = start; j < i; j++)
            {
                if (LookAlikes.TryGetValue(chars[j], out var latinLetter))
                {
                    found.Append(found.Length == 0 ? "" : ", ").Append($"U+{(int)chars[j]:X4} '{chars[j]}' for '{latinLetter}'");
                    folded |= chars[j] != latinLetter;
                    chars[j] = latinLetter;
                }
            }

            // Dotless ı is a Turkish letter (Işık, Yıldız): it folds, for matching, but only a look-alike from another
            // script is evidence of disguise.
            if (!original.AsSpan(starts[start], ends[i - 1] - starts[start]).ContainsAnyInRange('\u0250', '\uFFFF'))
            {
                continue;
            }

            var (s, e) = (starts[start], ends[i - 1]);
            var why = latin > 0 ? "letters of another script that look like Latin ones, inside a Latin word" : "a word written entirely in look-alike letters";
            alterations.Add(new TextAlteration(s, e, TextAlterationKind.LookAlikeLetters, $"'{original[s..e]}' has {why}: {found}"));
        }

        return folded;
    }

    // "Ν-phenethyl" with a Greek capital nu: a short word of capital look-alikes hyphened to a Latin letter or digit is a
    // prefix of that name (N-, O-). Lower-case Greek stays: α- and β- are locants.
    private static bool IsHyphenedCapital(char[] chars, int start, int end)
    {
        if (end - start > 2 || chars[start..end].Any(c => !char.IsUpper(c)))
        {
            return false;
        }

        var after = end + 1 < chars.Length && chars[end] == '-' && char.IsAscii(chars[end + 1]) && char.IsLetterOrDigit(chars[end + 1]);
        var before = start >= 2 && chars[start - 1] == '-' && char.IsAscii(chars[start - 2]) && char.IsLetterOrDigit(chars[start - 2]);
        return after || before;
    }

    // An invisible character between two letters or digits splits a word for a reader but not for a person.
    private static void ReportInvisible(char[] chars, List<int> starts, List<int> ends,
        List<(int Start, int End, int Output, int CodePoint)> removed, List<TextAlteration> alterations)
    {
        foreach (var (_, _, at, codePoint) in removed)
        {
            if (at == 0 || at >= chars.Length || !char.IsLetterOrDigit(chars[at - 1]) || !char.IsLetterOrDigit(chars[at]))
            {
                continue;
            }

            var wordStart = at - 1;
            while (wordStart > 0 && char.IsLetterOrDigit(chars[wordStart - 1]))
            {
                wordStart--;
            }

            var wordEnd = at;
            while (wordEnd + 1 < chars.Length && char.IsLetterOrDigit(chars[wordEnd + 1]))
            {
                wordEnd++;
            }

            var (s, e) = (starts[wordStart], ends[wordEnd]);
            if (alterations.Any(a => a.Kind == TextAlterationKind.InvisibleCharacters && a.Start == s && a.End == e))
            {
                continue;
            }

            alterations.Add(new TextAlteration(s, e, TextAlterationKind.InvisibleCharacters,
                $"an invisible character (U+{codePoint:X4}) inside '{new string(chars[wordStart..(wordEnd + 1)])}'"));
        }
    }

    private static void ReportMixedDigits(string original, char[] chars, List<int> starts, List<int> ends, List<(int Start, int End, int Output)> digits,
        List<TextAlteration> alterations)
    {
        foreach (var (_, _, at) in digits)
        {
            var s = at;
            while (s > 0 && (char.IsAsciiDigit(chars[s - 1]) || chars[s - 1] == '-'))
            {
                s--;
            }

            var e = at + 1;
            while (e < chars.Length && (char.IsAsciiDigit(chars[e]) || chars[e] == '-'))
            {
                e++;
            }

            var (os, oe) = (starts[s], ends[e - 1]);
            if (alterations.Any(a => a.Start <= os && oe <= a.End))
            {
                continue;
            }

            alterations.Add(new TextAlteration(os, oe, TextAlterationKind.MixedDigits,
                $"'{original[os..oe]}' has digits of another script (read as {new string(chars[s..e])})"));
        }
    }

    private static IEnumerable<(int Start, int End)> MergeRuns(List<(int Start, int End)> spans)
    {
        for (var i = 0; i < spans.Count;)
        {
            var (start, end) = spans[i++];
            while (i < spans.Count && spans[i].Start <= end + 1)
            {
                end = spans[i++].End;
            }

            yield return (start, end);
        }
    }

    private static Dictionary<char, char> BuildLookAlikes()
    {
        // Letters that render like a Latin letter in common fonts (after Unicode's confusables data, restricted to
        // the unmistakable ones): Cyrillic, then Greek, then a few Latin-script oddities.
        string[] pairs =
        [
            "а a", "е e", "ё e", "і i", "ї i", "ј j", "о o", "р p", "с c", "у y", "х x", "ѕ s", "ԁ d", "ԛ q", "ԝ w", "һ h", "ӏ l",
            "А A", "В B", "Е E", "Ё E", "І I", "Ї I", "Ј J", "К K", "М M", "Н H", "О O", "Р P", "С C", "Т T", "У Y", "Х X", "Ѕ S",
            "Ԛ Q", "Ԝ W", "Һ H", "Ӏ I",
            "α a", "ο o", "ρ p", "ν v", "υ u", "ι i", "κ k", "χ x", "γ y", "η n",
            "Α A", "Β B", "Ε E", "Ζ Z", "Η H", "Ι I", "Κ K", "Μ M", "Ν N", "Ο O", "Ρ P", "Τ T", "Υ Y", "Χ X", "Ϝ F",
            "ı i", "ɡ g", "ɑ a",
        ];
        var table = new Dictionary<char, char>();
        foreach (var pair in pairs)
        {
            table[pair[0]] = pair[2];
        }

        return table;
    }

    private static Dictionary<char, char> LoadChineseTable()
    {
        var table = new Dictionary<char, char>();
        using var stream = typeof(TextFolder).Assembly.GetManifestResourceStream("Cordon.Text.traditional-simplified.tsv")
            ?? throw new InvalidOperationException("the traditional-simplified table is missing from Cordon.Text");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                table[line[0]] = line[2];
            }
        }

        return table;
    }
}
