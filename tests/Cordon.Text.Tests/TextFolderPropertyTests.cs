using CsCheck;
using Cordon.Text;

namespace Cordon.Text.Tests;

/// <summary>Generated text of every kind (any UTF-16 units, lone surrogates included): folding never throws, every folded
/// character maps back inside the original in order, and folding is idempotent.</summary>
public sealed class TextFolderPropertyTests
{
    private static readonly string[] Pieces = ["a", "-", "\u2010", "\u200B", "\u043E", "ｆ", "７", "\U0001D41F", "鹽", " ", "\u00A0", "\u0301", "\uD800"];

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String[Gen.Char, 0, 60],
        Gen.String[Gen.Char['\u0000', '\u0500'], 0, 60],
        Gen.Int[0, 12].Array[0, 40].Select(ix => string.Concat(ix.Select(i => Pieces[i])))
            );

    [Fact]
    public void Folding_maps_every_character_back_in_order()
    {
        AnyText.Sample(text =>
        {
            var folded = TextFolder.Fold(text);
            var previous = 0;
            for (var i = 0; i < folded.Text.Length; i++)
            {
                var (start, end) = folded.OriginalSpan(i, i + 1);
                Assert.InRange(start, previous, text.Length);
                Assert.InRange(end, start + 1, text.Length);
                previous = start;
            }

            foreach (var alteration in folded.Alterations)
            {
                Assert.InRange(alteration.Start, 0, alteration.End);
                Assert.InRange(alteration.End, alteration.Start, text.Length);
            }
        }, iter: 5_000);
    }

    // Found by the property below (seed 1VPfPVgKGn92): a hyphened Greek capital before a word whose Cyrillic letters fold
    // only once that word is folded.
    [Theory]
    [InlineData("\u03A1-\u0415thyl", "P-Ethyl")]
    [InlineData("\u03A1-\u039D-Ethyl", "P-N-Ethyl")]
    public void A_hyphened_capital_before_a_disguised_word_folds_in_one_pass(string text, string expected)
    {
        Assert.Equal(expected, TextFolder.FoldToString(text));
        Assert.Equal(expected, TextFolder.FoldToString(TextFolder.FoldToString(text)));
    }

    [Fact]
    public void Folding_twice_changes_nothing_more()
    {
        AnyText.Sample(text =>
        {
            var once = TextFolder.FoldToString(text);
            Assert.Equal(once, TextFolder.FoldToString(once));
        }, iter: 5_000);
    }
}
