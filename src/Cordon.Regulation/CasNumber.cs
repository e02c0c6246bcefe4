using System.Text.RegularExpressions;

namespace Cordon.Regulation;

/// <summary>A CAS Registry Number with a verified check digit, e.g. 437-38-7.</summary>
public readonly partial record struct CasNumber
{
    private CasNumber(string value) => Value = value;

    /// <summary>The hyphenated form, e.g. "437-38-7".</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>True when the text has the shape of a CAS RN (2-7 digits, 2 digits, 1 digit), hyphenated.</summary>
    public static bool LooksLikeCas(string text) => Shape().IsMatch(text.Trim());

    /// <summary>Parses a hyphenated CAS RN; on failure says whether the shape or the check digit is wrong.</summary>
    public static bool TryParse(string text, out CasNumber cas, out string? error)
    {
        cas = default;
        var trimmed = text.Trim();
        var match = Shape().Match(trimmed);
        if (!match.Success)
        {
            error = $"'{text}' is not a CAS Registry Number (expected digits in the form 1234567-12-1)";
            return false;
        }

        var digits = match.Groups[1].Value + match.Groups[2].Value;
        var expected = CheckDigit(digits);
        var actual = match.Groups[3].Value[0] - '0';
        if (expected != actual)
        {
            error = $"CAS RN {trimmed} has check digit {actual}, but its digits give {expected}";
            return false;
        }

        cas = new CasNumber(trimmed.TrimStart('0'));
        error = null;
        return true;
    }

    /// <summary>Computes the check digit of the digits before it: a weighted sum mod 10, weights 1, 2, 3… from the right.</summary>
    public static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[digits.Length - 1 - i] - '0') * (i + 1);
        }

        return sum % 10;
    }

    [GeneratedRegex(@"^(\d{2,7})-(\d{2})-(\d)$")]
    private static partial Regex Shape();
}
