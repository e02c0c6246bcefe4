namespace Cordon.Parties.Matching;

/// <summary>What the matcher compares of an entry, computed once: its countries as ISO codes and its identifier keys (shared arrays in a
/// struct, as an entry has few of each and a 300,000-entry list must stay small).</summary>
internal readonly record struct EntryFacts(string[] Countries, string[] IdentifierKeys)
{
    public static EntryFacts Of(WatchListEntry entry, Dictionary<string, string[]> shared)
    {
        var countries = entry.Countries.Select(Parties.Countries.Find).Where(c => c is not null).Select(c => c!.Alpha2)
            .Concat(entry.Identifiers.Select(i => Parties.Countries.Find(i.Country)?.Alpha2).OfType<string>())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var key = string.Join(',', countries);
        if (!shared.TryGetValue(key, out var same))
        {
            shared[key] = same = countries;
        }

        var identifiers = entry.Identifiers.Select(i => i.Key).Where(k => k.Length >= 5).Distinct(StringComparer.Ordinal).ToArray();
        return new EntryFacts(same, identifiers.Length == 0 ? [] : identifiers);
    }
}
