namespace Cordon.Parties.Matching;

/// <summary>What the matcher compares of an entry, computed once: its countries as ISO codes and its identifier keys (arrays, as
/// an entry has few of each and a 300,000-entry list must stay small).</summary>
internal sealed record EntryFacts(string[] Countries, string[] IdentifierKeys)
{
    public static EntryFacts Of(WatchListEntry entry) => new(
        entry.Countries.Select(Parties.Countries.Find).Where(c => c is not null).Select(c => c!.Alpha2)
            .Concat(entry.Identifiers.Select(i => Parties.Countries.Find(i.Country)?.Alpha2).OfType<string>())
            .Distinct(StringComparer.Ordinal).ToArray(),
        entry.Identifiers.Select(i => i.Key).Where(k => k.Length >= 5).Distinct(StringComparer.Ordinal).ToArray());
}
