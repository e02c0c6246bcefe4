using System.Text.RegularExpressions;
using Cordon.Regulation;
using Cordon.Screening.Extraction;

namespace Cordon.Screening.Declarations.Extraction;

/// <summary>Finds CAS RNs in free text: hyphenated anywhere (a space either side of a hyphen allowed: "39742 - 60 - 4"), or
/// unhyphenated after a "CAS" label; check digits verified.</summary>
public static partial class CasFinder
{
    /// <summary>Every CAS-like number: valid ones as <see cref="MentionKind.Cas"/>, labelled ones with a wrong check digit as
    /// <see cref="MentionKind.InvalidCas"/>. Unlabelled hyphenated numbers with a wrong check digit are not CAS RNs and are skipped.</summary>
    public static IEnumerable<Mention> Find(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            var labelled = m.Groups["label"].Success;
            var digits = m.Groups["h1"].Success
                ? m.Groups["h1"].Value + m.Groups["h2"].Value + m.Groups["h3"].Value
                : m.Groups["plain"].Value;
            var group = m.Groups["h1"].Success ? (m.Groups["h1"].Index, m.Groups["h3"].Index + 1) : (m.Groups["plain"].Index, m.Groups["plain"].Index + m.Groups["plain"].Length);
            if (digits.Length < 5 || digits.Length > 10 || (!labelled && !m.Groups["h1"].Success))
            {
                continue;
            }

            var formatted = $"{digits[..^3]}-{digits[^3..^1]}-{digits[^1]}";
            var span = text[group.Item1..group.Item2];
            if (CasNumber.TryParse(formatted, out var cas, out var error))
            {
                yield return new Mention(MentionKind.Cas, group.Item1, group.Item2, span, cas.Value, InputKind.Cas,
                    m.Groups["h1"].Success ? null : $"unhyphenated CAS RN read as {cas.Value}");
            }
            else if (labelled)
            {
                yield return new Mention(MentionKind.InvalidCas, group.Item1, group.Item2, span, null, InputKind.Cas, error);
            }
        }
    }

    [GeneratedRegex(@"(?<label>\bCAS(?:[\s\-]*(?:No|Nr|Number|RN|#|n[úu]m(?:ero)?)\.?)?\s*[:#]?\s*)?(?:(?<![\d\-])(?<h1>\d{2,7}) ?- ?(?<h2>\d{2}) ?- ?(?<h3>\d)(?![\d\-])|(?<=\bCAS(?:[\s\-]*(?:No|Nr|Number|RN|#|n[úu]m(?:ero)?)\.?)?\s*[:#]?\s*)(?<plain>\d{5,10})(?!\d))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
