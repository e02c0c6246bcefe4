using Cordon.Network.Contacts;

namespace Cordon.Network.Tests;

public sealed class ContactParserTests
{
    [Fact]
    public void Reads_phones_emails_and_websites_in_varied_formats()
    {
        var details = ContactParser.Details("Tel: +86 21 5555 0123; sales@Example-Chem.cn, www.example-chem.com.cn / Fax 021-5555-0124");
        Assert.Contains(details, d => d.Kind == ContactKind.Email && d.Key == "sales@example-chem.cn");
        Assert.Contains(details, d => d.Kind == ContactKind.Website && d.Key == "example-chem.com.cn");
        Assert.Contains(details, d => d.Kind == ContactKind.Phone && d.Key == "2155550123");
        Assert.Contains(details, d => d.Kind == ContactKind.Phone && d.Key == "2155550124");
        Assert.DoesNotContain(details, d => d.Kind == ContactKind.Website && d.Key.Contains("example-chem.cn", StringComparison.Ordinal) && d.Key != "example-chem.com.cn");
    }

    [Fact]
    public void One_number_written_with_the_country_code_or_the_trunk_prefix_is_one_key()
    {
        var international = ContactParser.Details("+52 (33) 5555-0199").Single();
        var national = ContactParser.Details("Tel. 33 5555 0199").Single();
        Assert.Equal(international.Key, national.Key);
    }

    [Fact]
    public void Full_width_digits_do_not_hide_a_number()
    {
        Assert.Equal(ContactParser.Details("+86 21 5555 0123").Single().Key, ContactParser.Details("＋８６ ２１ ５５５５ ０１２３").Single().Key);
    }

    [Theory]
    [InlineData("2025-01-03")]
    [InlineData("C.P. 06000, Ciudad de Mexico")]
    [InlineData("25 kg drums, 1200 KG")]
    [InlineData("")]
    public void Dates_postcodes_and_quantities_are_not_phone_numbers(string text) =>
        Assert.DoesNotContain(ContactParser.Details(text), d => d.Kind == ContactKind.Phone);

    [Fact]
    public void An_address_key_ignores_case_and_punctuation_and_a_bare_city_is_none()
    {
        Assert.Equal(ContactParser.Address("No. 185 Renmin Road, Zhengzhou 450000")!.Key, ContactParser.Address("no 185 RENMIN ROAD Zhengzhou, 450000")!.Key);
        Assert.Null(ContactParser.Address("Shanghai"));
    }

    [Fact]
    public void Hostile_text_is_bounded()
    {
        var huge = string.Concat(Enumerable.Repeat("+86 21 5555 0123 a@b.cn ", 100_000));
        Assert.InRange(ContactParser.Details(huge).Count, 1, 400);
        Assert.Null(ContactParser.Address(huge));
    }
}
