using Cordon.Text;

namespace Cordon.Text.Tests;

public sealed class TextFolderTests
{
    [Theory]
    [InlineData("79099\u201007\u20103")] // hyphen
    [InlineData("79099\u201107\u20113")] // non-breaking hyphen
    [InlineData("79099\u201207\u20123")] // figure dash
    [InlineData("79099\u201307\u20133")] // en dash
    [InlineData("79099\u201407\u20143")] // em dash
    [InlineData("79099\u201507\u20153")] // horizontal bar
    [InlineData("79099\u221207\u22123")] // minus sign
    [InlineData("79099\uFF0D07\uFF0D3")] // full-width hyphen-minus
    [InlineData("７９０９９－０７－３")] // full-width digits
    [InlineData("\u0667\u0669\u0660\u0669\u0669-\u0660\u0667-\u0663")] // Arabic-Indic digits
    [InlineData("790\u200B99-07-3")] // zero-width space
    [InlineData("7909\u00AD9-07-3")] // soft hyphen
    [InlineData("79099-\u206007-3")] // word joiner
    [InlineData("\U0001D7D5\U0001D7D7\U0001D7CE\U0001D7D7\U0001D7D7-\U0001D7CE\U0001D7D5-\U0001D7D1")] // mathematical digits
    public void Disguised_CAS_numbers_fold_to_the_plain_number(string written)
    {
        Assert.Equal("79099-07-3", TextFolder.FoldToString(written));
    }

    [Fact]
    public void Cyrillic_letters_inside_a_Latin_word_fold_and_are_reported()
    {
        var folded = TextFolder.Fold("Shanghai B\u043Eyle Chemical");

        Assert.Equal("Shanghai Boyle Chemical", folded.Text);
        var alteration = Assert.Single(folded.Alterations);
        Assert.Equal(TextAlterationKind.LookAlikeLetters, alteration.Kind);
        Assert.Equal("B\u043Eyle", folded.Original[alteration.Start..alteration.End]);
        Assert.Contains("U+043E", alteration.Detail);
    }

    [Theory]
    [InlineData("f\u0435ntanyl", "fentanyl")] // Cyrillic ie
    [InlineData("\u0440iperidone", "piperidone")] // Cyrillic er
    [InlineData("ac\u0435t\u03BFne", "acetone")] // Cyrillic ie and Greek omicron
    [InlineData("\u0421\u041D\u0415\u041C", "CHEM")] // a whole word of Cyrillic look-alikes
    [InlineData("\u039D-phenethyl-4-piperidone", "N-phenethyl-4-piperidone")] // Greek capital nu as the N- prefix
    [InlineData("4-\u041E-methyl", "4-O-methyl")] // Cyrillic capital O after a locant
    [InlineData("\u03C1\u03B9\u03C1er\u03B9d\u03BF\u03B7e", "piperidone")] // Greek rho, iota, omicron and eta
    [InlineData("\u03DCENTANYL", "FENTANYL")] // Greek capital digamma for F (folded, not read as a misspelling)
    public void Look_alike_letters_read_as_Latin(string written, string expected)
    {
        var folded = TextFolder.Fold(written);

        Assert.Equal(expected, folded.Text);
        Assert.Contains(folded.Alterations, a => a.Kind == TextAlterationKind.LookAlikeLetters);
    }

    [Theory]
    [InlineData("p\u0131per\u0131done", "piperidone")]
    [InlineData("I\u015F\u0131k Kimya", "I\u015Fik Kimya")] // a Turkish company name
    public void Dotless_i_folds_for_matching_but_is_not_reported_as_a_disguise(string written, string expected)
    {
        var folded = TextFolder.Fold(written);

        Assert.Equal(expected, folded.Text);
        Assert.Empty(folded.Alterations);
    }

    [Theory]
    [InlineData("\u03B1-methylfentanyl")] // a Greek locant is chemistry, not a disguise
    [InlineData("\u0430\u0446\u0435\u0442\u043E\u043D")] // Russian for acetone: a genuine Cyrillic word
    [InlineData("\u03B2-phenylethylamine")]
    [InlineData("\u0412 \u0443\u043F\u0430\u043A\u043E\u0432\u043A\u0435")] // Russian "in packaging": a one-letter word not hyphened to a name
    public void Genuine_Greek_and_Cyrillic_are_kept(string written)
    {
        var folded = TextFolder.Fold(written);

        Assert.Equal(written, folded.Text);
        Assert.Empty(folded.Alterations);
    }

    [Fact]
    public void Full_width_letters_fold_without_being_called_a_disguise()
    {
        var folded = TextFolder.Fold("ＢＯＹＬＥ ＣＨＥＭＩＣＡＬ　４－ＡＮＰＰ");

        Assert.Equal("BOYLE CHEMICAL 4-ANPP", folded.Text);
        Assert.Empty(folded.Alterations);
    }

    [Fact]
    public void Mathematical_letters_fold_and_are_reported_at_their_original_span()
    {
        var text = "lot \U0001D41F\U0001D41E\U0001D427\U0001D42D\U0001D41A\U0001D427\U0001D432\U0001D425 99%";
        var folded = TextFolder.Fold(text);

        Assert.Equal("lot fentanyl 99%", folded.Text);
        var alteration = Assert.Single(folded.Alterations);
        Assert.Equal(TextAlterationKind.MathematicalLetters, alteration.Kind);
        Assert.Equal(4, alteration.Start);
        Assert.Equal(4 + 16, alteration.End);
        Assert.Equal((4, 20), folded.OriginalSpan(4, 12));
    }

    [Fact]
    public void A_zero_width_character_inside_a_word_is_removed_and_reported()
    {
        var folded = TextFolder.Fold("fent\u200Banyl citrate");

        Assert.Equal("fentanyl citrate", folded.Text);
        var alteration = Assert.Single(folded.Alterations);
        Assert.Equal(TextAlterationKind.InvisibleCharacters, alteration.Kind);
        Assert.Equal("fent\u200Banyl", folded.Original[alteration.Start..alteration.End]);
    }

    [Fact]
    public void A_byte_order_mark_or_a_zero_width_character_between_words_is_no_disguise()
    {
        var folded = TextFolder.Fold("\uFEFFacetone \u200B drum");

        Assert.Equal("acetone  drum", folded.Text);
        Assert.Empty(folded.Alterations);
    }

    [Fact]
    public void Mixed_script_digits_in_one_number_are_reported()
    {
        var folded = TextFolder.Fold("CAS 79099-0\u0667-3");

        Assert.Equal("CAS 79099-07-3", folded.Text);
        Assert.Contains(folded.Alterations, a => a.Kind == TextAlterationKind.MixedDigits);
    }

    [Theory]
    [InlineData("鹽酸", "盐酸")]
    [InlineData("麻黃鹼", "麻黄碱")]
    [InlineData("偽麻黃鹼", "伪麻黄碱")]
    [InlineData("醋酸酐 工業級", "醋酸酐 工业级")]
    public void Traditional_Chinese_folds_to_simplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, TextFolder.FoldToString(traditional));
    }

    [Fact]
    public void Spaces_of_every_kind_become_one_space()
    {
        Assert.Equal("4 piperidone 1 kg", TextFolder.FoldToString("4\u00A0piperidone\u20031\u202Fkg"));
    }

    [Fact]
    public void A_lone_surrogate_never_throws()
    {
        var folded = TextFolder.Fold("abc\uD800def");

        Assert.Equal("abc\uFFFDdef", folded.Text);
    }
}
