using System.Text;
using System.Text.RegularExpressions;
using Cordon.Text;

namespace Cordon.Network.Contacts;

/// <summary>Reads phone numbers, e-mail addresses and websites out of free text (a declaration's contact or address field, a
/// watch list's remarks), and an address into a comparable key. Text is folded first, so full-width digits or look-alike
/// letters in a contact detail do not hide it.</summary>
public static partial class ContactParser
{
    /// <summary>Longest text read; contact fields are short, and a bound keeps a hostile field from costing more.</summary>
    public const int MaxLength = 4_096;

    /// <summary>The phone numbers, e-mail addresses and websites in <paramref name="text"/>, each once.</summary>
    public static IReadOnlyList<ContactDetail> Details(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = TextFolder.FoldToString(text.Length > MaxLength ? text[..MaxLength] : text);
        var found = new List<ContactDetail>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(ContactDetail detail)
        {
            if (seen.Add(detail.Id))
            {
                found.Add(detail);
            }
        }

        var rest = new StringBuilder(folded);
        foreach (Match m in Email().Matches(folded))
        {
            Add(new ContactDetail(ContactKind.Email, m.Value.ToLowerInvariant(), m.Value));
            Blank(rest, m);
        }

        var withoutEmails = rest.ToString();
        foreach (Match m in Website().Matches(withoutEmails))
        {
            var host = m.Groups["host"].Value.ToLowerInvariant().TrimEnd('.');
            Add(new ContactDetail(ContactKind.Website, host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host, m.Value));
            Blank(rest, m);
        }

        var withoutHosts = rest.ToString();
        foreach (Match m in Phone().Matches(withoutHosts))
        {
            if (PhoneKey(m.Value, labelled: m.Groups["label"].Success) is { } key)
            {
                Add(new ContactDetail(ContactKind.Phone, key, m.Value.Trim()));
            }
        }

        return found;
    }

    /// <summary>An address as a comparable key (folded, lower case, punctuation and contact details removed, spaces single);
    /// null when too short to tell two places apart (a bare city or country).</summary>
    public static ContactDetail? Address(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var folded = TextFolder.FoldToString(text).ToLowerInvariant();
        folded = Phone().Replace(Website().Replace(Email().Replace(folded, " "), " "), " ");
        var words = NonWord().Split(folded).Where(w => w.Length > 0 && w is not ("no" or "rm" or "room" or "tel" or "fax" or "phone")).ToList();
        var key = string.Join(' ', words);
        return words.Count >= 3 && key.Length >= 12 ? new ContactDetail(ContactKind.Address, key, text.Trim()) : null;
    }

    // A number is compared on its last ten digits, so "+86 21 5555 0123" and "021-5555-0123" (the trunk 0 instead of the
    // country code) are one number; shorter numbers whole. Unlabelled digit runs must look like an international number or
    // be ten digits long, so a postcode, a date or a quantity is never taken for a phone number.
    private static string? PhoneKey(string text, bool labelled)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var international = text.TrimStart().StartsWith('+') || text.TrimStart().StartsWith("00", StringComparison.Ordinal);
        if (digits.Length is < 7 or > 15 || (!labelled && !international && digits.Length < 10))
        {
            return null;
        }

        return digits.Length > 10 ? digits[^10..] : digits;
    }

    private static void Blank(StringBuilder text, Match m)
    {
        for (var i = m.Index; i < m.Index + m.Length; i++)
        {
            text[i] = ' ';
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:https?://)?(?<host>(?:www\.)?[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){0,6}\.(?:com|net|org|biz|info|cn|hk|tw|in|mx|ca|us|de|gt|co|ae|ru|uk|io|test)(?:\.[a-z]{2})?)\b(?:/[^\s;,]*)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Website();

    [GeneratedRegex(@"(?<label>(?:tel|phone|telephone|fax|mob|mobile|movil|cel|celular|telefono|whatsapp|电话|手机|传真)\.?\s*[:：]?\s*)?(?:\+|00)?\(?\d[\d\s().\-]{5,22}\d",
        RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
