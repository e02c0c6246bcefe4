using System.Globalization;
using System.Text;

namespace Cordon.Screening.Extraction;

/// <summary>Text reduced to lower-case letters and digits (diacritics removed), with the original offset of every character
/// and whether a word boundary precedes it: the form dictionary names are compared in (see <see cref="Regulation.NameKey"/>).</summary>
public sealed class NormalizedText
{
    private static readonly char[] Folded = BuildFoldTable();

    private NormalizedText(string text, int[] offsets, bool[] boundaryBefore, int originalLength)
    {
        Text = text;
        Offsets = offsets;
        BoundaryBefore = boundaryBefore;
        OriginalLength = originalLength;
    }

    /// <summary>The normalised characters.</summary>
    public string Text { get; }

    /// <summary>Original index of each normalised character.</summary>
    public IReadOnlyList<int> Offsets { get; }

    /// <summary>True when a space, hyphen or punctuation (or the start) precedes the character in the original.</summary>
    public IReadOnlyList<bool> BoundaryBefore { get; }

    /// <summary>Length of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>Normalises <paramref name="original"/>.</summary>
    public static NormalizedText From(string original)
    {
        var builder = new StringBuilder(original.Length);
        var offsets = new List<int>(original.Length);
        var boundaries = new List<bool>(original.Length);
        var boundary = true;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            var folded = c < Folded.Length ? Folded[c] : Fold(c);
            if (folded == '\0')
            {
                boundary = true;
                continue;
            }

            builder.Append(folded);
            offsets.Add(i);
            boundaries.Add(boundary || IsIdeograph(c));
            boundary = IsIdeograph(c);
        }

        return new NormalizedText(builder.ToString(), offsets.ToArray(), boundaries.ToArray(), original.Length);
    }

    /// <summary>True when a match of normalised [start, end) stands as whole words in the original (always, for Chinese).</summary>
    public bool IsWholeWords(int start, int end) =>
        BoundaryBefore[start] && (end == Text.Length || BoundaryBefore[end] || IsIdeograph(Text[end - 1]));

    /// <summary>The original span [start, end) of normalised [start, end).</summary>
    public (int Start, int End) OriginalSpan(int start, int end) => (Offsets[start], Offsets[end - 1] + 1);

    private static bool IsIdeograph(char c) => c >= '\u3400' && c <= '\u9FFF';

    private static char Fold(char c)
    {
        if (!char.IsLetterOrDigit(c))
        {
            return '\0';
        }

        var decomposed = Regulation.NameKey.Decompose(c.ToString());
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(d);
            }
        }

        return char.ToLowerInvariant(c);
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = Fold((char)c);
        }

        return table;
    }
}
