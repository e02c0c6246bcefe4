using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>One watch-list candidate for a party: the entry, the name matched, score, tier, features and why.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PartyMatchContract
{
    /// <summary>The list.</summary>
    public required string List { get; init; }

    /// <summary>The list's id for the entry.</summary>
    public required string Id { get; init; }

    /// <summary>The entry's primary name.</summary>
    public required string Name { get; init; }

    /// <summary>The entry's type as the list gives it (entity, individual, vessel, aircraft).</summary>
    public required string EntryType { get; init; }

    /// <summary>The entry's name that matched.</summary>
    public required string MatchedName { get; init; }

    /// <summary>Its kind (primary, aka, fka, …).</summary>
    public required string NameKind { get; init; }

    /// <summary>The score.</summary>
    public required double Score { get; init; }

    /// <summary>The tier.</summary>
    public required MatchTierValue Tier { get; init; }

    /// <summary>The matcher's algorithm id.</summary>
    public required string Algorithm { get; init; }

    /// <summary>The feature vector behind the score.</summary>
    public required IReadOnlyDictionary<string, double> Features { get; init; }

    /// <summary>Flags (narcotics program, identifier decided, …).</summary>
    public required IReadOnlyList<string> Flags { get; init; }

    /// <summary>The entry's programs, separated by ';'.</summary>
    public required string Program { get; init; }

    /// <summary>Why, line by line.</summary>
    public required IReadOnlyList<string> Explanation { get; init; }

    /// <summary>The clearance that silences it, or null.</summary>
    public required ClearedContract? Cleared { get; init; }

    /// <summary>A clearance made when the entry read differently (back for review), or null.</summary>
    public required ClearedContract? StaleClearance { get; init; }
}
