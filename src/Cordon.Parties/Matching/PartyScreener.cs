namespace Cordon.Parties.Matching;

/// <summary>Matches party names against the watch lists and marks the candidates an analyst has cleared.</summary>
public sealed class PartyScreener(PartyMatcher matcher, IReadOnlyList<Clearance> clearances)
{
    private readonly Dictionary<(string, string, string), Clearance> _cleared =
        clearances.GroupBy(c => (c.PartyKey, c.List, c.EntryId)).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>The matcher in use.</summary>
    public PartyMatcher Matcher => matcher;

    /// <summary>The key a clearance is recorded under: the party's comparable words, sorted (so word order does not matter).</summary>
    public static string KeyOf(string party) => string.Join(' ', PartyNameNormalizer.Tokens(party).Tokens.Order(StringComparer.Ordinal));

    /// <summary>Candidates at or above review, best first, with any clearance attached.</summary>
    public IReadOnlyList<PartyMatch> Screen(string party, string? country = null, string? address = null, string? identifier = null)
    {
        var key = KeyOf(party);
        return matcher.Match(party, country, address, identifier)
            .Select(m => _cleared.TryGetValue((key, m.Entry.List, m.Entry.Id), out var clearance) ? m with { Clearance = clearance } : m)
            .ToList();
    }
}
