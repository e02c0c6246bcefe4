using System.Globalization;

namespace Cordon.Parties;

/// <summary>A date of birth as listed or given: a day, a month, a year, a range of years or days, or a year "circa".</summary>
/// <param name="From">First day it can be.</param>
/// <param name="To">Last day it can be.</param>
/// <param name="Precision">"day", "month", "year" or "range".</param>
/// <param name="Circa">Listed as "circa": the year is widened by two either way when compared.</param>
/// <param name="Text">As written.</param>
public sealed record BirthDate(DateOnly From, DateOnly To, string Precision, bool Circa, string Text)
{
    private static readonly string[] DayFormats = ["d MMM yyyy", "dd MMM yyyy", "yyyy-MM-dd", "d MMMM yyyy", "dd/MM/yyyy", "yyyy/MM/dd"];
    private static readonly string[] MonthFormats = ["MMM yyyy", "MMMM yyyy", "yyyy-MM"];

    /// <summary>Reads "10 Dec 1948", "Dec 1948", "1984", "circa 1951", "1963 to 1969", "01 Jan 1960 to 31 Dec 1962", "1976-01-03",
    /// "1976-01", "1976"; null when it is none of them.</summary>
    public static BirthDate? Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('.').Trim();
        var circa = false;
        if (trimmed.StartsWith("circa ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("c. ", StringComparison.OrdinalIgnoreCase))
        {
            circa = true;
            trimmed = trimmed[(trimmed.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim();
        }

        var to = trimmed.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to > 0)
        {
            var first = Parse(trimmed[..to]);
            var last = Parse(trimmed[(to + 4)..]);
            return first is null || last is null || last.To < first.From ? null : new BirthDate(first.From, last.To, "range", circa, text.Trim());
        }

        if (DateOnly.TryParseExact(trimmed, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new BirthDate(day, day, "day", circa, text.Trim());
        }

        if (DateOnly.TryParseExact(trimmed, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new BirthDate(month, month.AddMonths(1).AddDays(-1), "month", circa, text.Trim());
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1800 and < 2200)
        {
            return new BirthDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "year", circa, text.Trim());
        }

        return null;
    }

    /// <summary>How two dates of birth compare: agree (they can be the same day), day-disjoint (both exact days, different),
    /// year-disjoint (no year in common, circa widened by two years).</summary>
    public BirthDateComparison CompareTo(BirthDate other)
    {
        if (Precision == "day" && other.Precision == "day" && !Circa && !other.Circa)
        {
            return From == other.From ? BirthDateComparison.Agrees : BirthDateComparison.DayDisjoint;
        }

        var slack = Circa || other.Circa ? 2 : 0;
        if (From.Year - slack > other.To.Year || other.From.Year - slack > To.Year)
        {
            return BirthDateComparison.YearDisjoint;
        }

        return From <= other.To && other.From <= To ? BirthDateComparison.Agrees : slack > 0 ? BirthDateComparison.Agrees : BirthDateComparison.DayDisjoint;
    }
}
