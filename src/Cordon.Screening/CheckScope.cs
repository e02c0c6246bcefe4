using Cordon.Regulation;

namespace Cordon.Screening;

/// <summary>What an answer covers: the day, the jurisdictions and every list consulted with its version, and whether class
/// definitions were applied. A <c>clear</c> reads "not listed in these lists as of this day", never more.</summary>
public sealed record CheckScope(DateOnly AsOf, IReadOnlyList<string> Jurisdictions, IReadOnlyList<ConsultedList> Lists, bool Definitions)
{
    /// <summary>The scope of a checker with these options: the jurisdictions asked (all law by default; Cordon's own alerts
    /// are not law and so not a list anything is "not listed" in), answering for <paramref name="day"/>.</summary>
    public static CheckScope For(KnowledgeBase knowledgeBase, CheckOptions options, DateOnly day)
    {
        var codes = options.Jurisdictions?.Order(StringComparer.Ordinal).ToList()
            ?? knowledgeBase.Jurisdictions.Select(j => j.Code).Where(c => c != Jurisdiction.AlertCode).ToList();
        var lists = knowledgeBase.Lists
            .Where(l => codes.Contains(l.Jurisdiction))
            .GroupBy(l => l.Id, StringComparer.Ordinal)
            .Select(g => new ConsultedList(g.Key, g.First().Jurisdiction, g.Max(l => l.LastAmended?.Date)))
            .ToList();
        return new CheckScope(day, codes, lists, !options.ListedOnly);
    }

    /// <summary>"31 lists of UN, US, EU, CN, CA, MX as of 2026-12-01".</summary>
    public string Summary => $"{Lists.Count} lists of {string.Join(", ", Jurisdictions)} as of {AsOf:yyyy-MM-dd}" +
        (Definitions ? "" : " (listed entries only, no class definitions)");
}
