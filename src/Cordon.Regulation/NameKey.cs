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
        if (IsAscii(name))
        {
            // Nothing to fold or decompose: the common case of every declaration and watch-list word.
            return AsciiKey(name);
        }

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

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x7F || c < 0x20)
            {
                return false;
            }
        }

        return true;
    }

    private static string AsciiKey(string name)
    {
        var length = 0;
        foreach (var c in name)
        {
            length += char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        return string.Create(length, name, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    span[i++] = char.ToLowerInvariant(c);
                }
            }
        });
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
