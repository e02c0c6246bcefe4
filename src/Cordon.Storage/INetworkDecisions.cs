namespace Cordon.Storage;

/// <summary>Analysts' merges and splits of parties in the supplier network. Every write is audited in its transaction.</summary>
public interface INetworkDecisions
{
    /// <summary>Records a decision on a pair of spellings (replacing an earlier one on the same pair); returns the one replaced.</summary>
    Task<StoredNetworkDecision?> RecordNetworkDecisionAsync(StoredNetworkDecision decision, string actor, CancellationToken cancellationToken = default);

    /// <summary>A run's rows after <paramref name="afterRowId"/> in id order, with what the network reads (status, risk, score,
    /// parties, HS code, the declaration as read) and without the result JSON, which a million rows make gigabytes of.</summary>
    Task<IReadOnlyList<CaseRow>> TradeRowsAfterAsync(string tenant, string runId, long afterRowId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The team's standing decisions, oldest first.</summary>
    Task<IReadOnlyList<StoredNetworkDecision>> ListNetworkDecisionsAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>What the team's network rests on in the store, in one query: how many completed runs, decisions and clearances it
    /// has and when each last changed. Equal stamps mean a network built from the store is still current.</summary>
    Task<string> NetworkSourceStampAsync(string tenant, CancellationToken cancellationToken = default);
}
