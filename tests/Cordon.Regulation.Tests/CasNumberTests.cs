using Cordon.Regulation;

namespace Cordon.Regulation.Tests;

public sealed class CasNumberTests
{
    [Theory]
    [InlineData("437-38-7")]
    [InlineData("39742-60-4")]
    [InlineData("125541-22-2")]
    [InlineData("7732-18-5")]
    public void Valid_numbers_parse(string text)
    {
        Assert.True(CasNumber.TryParse(text, out var cas, out var error));
        Assert.Null(error);
        Assert.Equal(text, cas.Value);
    }

    [Fact]
    public void Wrong_check_digit_says_which_digit_was_expected()
    {
        Assert.False(CasNumber.TryParse("437-38-6", out _, out var error));
        Assert.Contains("check digit 6", error);
        Assert.Contains("give 7", error);
    }

    [Theory]
    [InlineData("437387")]
    [InlineData("4-38-7")]
    [InlineData("fentanyl")]
    public void Malformed_numbers_say_so(string text)
    {
        Assert.False(CasNumber.TryParse(text, out _, out var error));
        Assert.Contains("not a CAS Registry Number", error);
    }

    [Fact]
    public void Name_keys_ignore_case_space_hyphen_punctuation_and_diacritics()
    {
        Assert.Equal("4piperidone", NameKey.From(" 4-Piperidone "));
        Assert.Equal(NameKey.From("N-Phenethyl-4-piperidone"), NameKey.From("n phenethyl 4 piperidone"));
        Assert.Equal("acidofenilacetico", NameKey.From("ácido fenilacético"));
        Assert.Equal("芬太尼", NameKey.From("芬太尼"));
    }
}
