using System.Globalization;
using System.Text.RegularExpressions;

namespace Cordon.Screening.Risk;

/// <summary>Reads a declared quantity as kilograms: "1,000 KG", "2 t", "1.5 MT", "500 L" (litres taken as kilograms).</summary>
public static partial class QuantityParser
{
    /// <summary>Kilograms, or null when the text holds no number with a known unit.</summary>
    public static double? Kilograms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Pattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["n"].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return match.Groups["u"].Value.ToLowerInvariant() switch
        {
            "g" => n / 1000,
            "t" or "mt" or "ton" or "tons" or "tonne" or "tonnes" or "tm" or "toneladas" => n * 1000,
            "lb" or "lbs" => n * 0.4536,
            _ => n,
        };
    }

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<u>kgs?|kg|kilos?|g|t|mt|tm|tons?|tonnes?|toneladas|l|lt|litres?|liters?|litros?|lbs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
