namespace Cordon.Text;

/// <summary>Text after <see cref="TextFolder.Fold"/>, with the original span of every folded character, so that a match
/// found in the folded text is reported at its place in what the user wrote.</summary>
public sealed class FoldedText
{
    // Null when nothing was folded: every index then maps to itself.
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    internal FoldedText(string original, string text, int[]? starts, int[]? ends, IReadOnlyList<TextAlteration> alterations)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
        Alterations = alterations;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The folded text: what every reader matches against.</summary>
    public string Text { get; }

    /// <summary>Where folding changed letters or digits inside words (evidence of a disguised name), in order.</summary>
    public IReadOnlyList<TextAlteration> Alterations { get; }

    /// <summary>True when the folded text differs from the original.</summary>
    public bool Changed => !ReferenceEquals(Text, Original) && Text != Original;

    /// <summary>The original span of folded [start, end).</summary>
    public (int Start, int End) OriginalSpan(int start, int end)
    {
        if (_starts is null || _ends is null)
        {
            return (start, end);
        }

        if (start >= end)
        {
            var at = start < _starts.Length ? _starts[start] : Original.Length;
            return (at, at);
        }

        return (_starts[start], _ends[end - 1]);
    }

    /// <summary>The original text of folded [start, end).</summary>
    public string OriginalText(int start, int end)
    {
        var (s, e) = OriginalSpan(start, end);
        return Original[s..e];
    }

    /// <summary>The text unchanged (nothing to fold).</summary>
    internal static FoldedText Unchanged(string text) => new(text, text, null, null, []);
}
