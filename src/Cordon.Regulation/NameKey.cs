using System.Globalization;
using System.Text;

namespace Cordon.Regulation;

/// <summary>The comparison form of a substance name: folded first (<see cref="Cordon.Text.TextFolder"/>: look-alike letters,
/// full-width forms, traditional Chinese), then case, spaces, hyphens, punctuation and diacritics ignored.</summary>
public static class NameKey
{
    /// <summary>Lower-cased letters and digits only (any script), diacritics removed; "4-Piperidone" becomes "4piperidone".</summary>
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = Decompose(Cordon.Text.TextFolder.FoldToString(name));
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Canonical decomposition (accents apart from letters); text with a lone surrogate, which cannot be
    /// normalised, is used as it is.</summary>
    public static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
