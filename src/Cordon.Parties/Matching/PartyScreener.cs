namespace Cordon.Parties.Matching;

/// <summary>Matches parties against the watch lists and marks the candidates an analyst has cleared. A clearance made when the
/// entry read differently (a new alias, remark or address since) no longer silences it: the match comes back for review.</summary>
public sealed class PartyScreener(PartyMatcher matcher, IReadOnlyList<Clearance> clearances)
{
    private readonly Dictionary<(string, string, string), Clearance> _cleared =
        clearances.Where(c => !c.IsRevoked).GroupBy(c => (c.PartyKey, c.List, c.EntryId)).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>The matcher in use.</summary>
    public PartyMatcher Matcher => matcher;

    /// <summary>The key a clearance is recorded under: the party's comparable words, sorted (so word order does not matter).</summary>
    public static string KeyOf(string party) => string.Join(' ', PartyNameNormalizer.Tokens(party).Tokens.Order(StringComparer.Ordinal));

    /// <summary>Candidates at or above review for a name (and country code or name), with any clearance attached.</summary>
    /// <exception cref="ArgumentException">The country is none known.</exception>
    public IReadOnlyList<PartyMatch> Screen(string party, string? country = null, string? address = null, string? identifier = null) =>
        Screen(new PartyQuery(party) { Country = PartyMatcher.KnownCountry(country), Address = address, Identifier = identifier });

    /// <summary>Candidates at or above review, best first, with any clearance attached (or flagged stale when the entry changed).</summary>
    public IReadOnlyList<PartyMatch> Screen(PartyQuery query)
    {
        var key = KeyOf(query.Name);
        return matcher.Match(query).Select(m => Attach(key, m)).ToList();
    }

    private PartyMatch Attach(string key, PartyMatch match)
    {
        if (!_cleared.TryGetValue((key, match.Entry.List, match.Entry.Id), out var clearance))
        {
            return match;
        }

        if (clearance.EntryDigest is { } digest && digest != match.Entry.Digest())
        {
            return match with
            {
                StaleClearance = clearance,
                Tier = MatchTier.Review > match.Tier ? MatchTier.Review : match.Tier,
                Explanation = [.. match.Explanation, $"cleared by {clearance.By} on {clearance.At:yyyy-MM-dd}, but the entry has changed since (new alias, remark or address): back for review"],
            };
        }

        return match with { Clearance = clearance };
    }
}
