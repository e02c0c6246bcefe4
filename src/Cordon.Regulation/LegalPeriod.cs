using System.Globalization;

namespace Cordon.Regulation;

/// <summary>When a listing or definition is law: from its effective date until the day it ended, if it did.</summary>
/// <param name="Effective">YYYY, YYYY-MM, YYYY-MM-DD, or "unconfirmed".</param>
/// <param name="Ended">The first day it no longer applied (same formats), or null while in force.</param>
public sealed record LegalPeriod(string? Effective, string? Ended)
{
    // Parsed once: screening asks InForceOn for every candidate of every query.
    private readonly DateOnly? _start = TryStart(Effective, out var start) ? start : null;
    private readonly DateOnly? _end = TryStart(Ended, out var end) ? end : null;

    /// <summary>True on days the entry was law. A date known only to the year or month counts from the first day of that period;
    /// an unconfirmed date counts as always in force (the listing exists; only its start is unknown).</summary>
    public bool InForceOn(DateOnly day) => !(day < _start) && !(day >= _end);

    /// <summary>True when the effective date is known only to the year or month, or not at all.</summary>
    public bool IsImprecise => Effective is null || Effective == "unconfirmed" || Effective.Length < 10;

    /// <summary>Parses the first day of a YYYY, YYYY-MM or YYYY-MM-DD period.</summary>
    public static bool TryStart(string? text, out DateOnly day)
    {
        day = default;
        return text switch
        {
            { Length: 4 } => DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day),
            { Length: 7 } => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day),
            { Length: 10 } => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day),
            _ => false,
        };
    }
}
