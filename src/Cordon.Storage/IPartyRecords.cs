namespace Cordon.Storage;

/// <summary>The party side of the case store: imported watch lists and the team's clearances. Every write is audited
/// (before → after) in the same transaction.</summary>
public interface IPartyRecords
{
    /// <summary>Replaces the team's stored copy of a list.</summary>
    Task ImportWatchListAsync(string tenant, StoredWatchList list, IReadOnlyList<StoredListEntry> entries, string actor,
        CancellationToken cancellationToken = default);

    /// <summary>The team's imported lists, by name.</summary>
    Task<IReadOnlyList<StoredWatchList>> ListWatchListsAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>Every entry of the team's imported lists.</summary>
    Task<IReadOnlyList<StoredListEntry>> ListWatchListEntriesAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>Records a clearance (clearing the same party and entry again updates who, when and why and lifts a
    /// revocation); returns the record it replaced, if any.</summary>
    Task<StoredClearance?> ClearPartyAsync(StoredClearance clearance, string actor, CancellationToken cancellationToken = default);

    /// <summary>Revokes a standing clearance of the team and returns it as revoked; null when there is none standing.</summary>
    Task<StoredClearance?> RevokeClearanceAsync(string tenant, string partyKey, string list, string entryId, string by, DateTimeOffset at,
        string reason, string actor, CancellationToken cancellationToken = default);

    /// <summary>The team's clearances, revoked ones included, oldest first.</summary>
    Task<IReadOnlyList<StoredClearance>> ListClearancesAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>Imports an earlier party store into the team's records once: false (and nothing written) when
    /// <paramref name="source"/> was imported before.</summary>
    Task<bool> ImportLegacyPartyStoreAsync(string tenant, string source, LegacyPartyData data, DateTimeOffset at,
        CancellationToken cancellationToken = default);
}
