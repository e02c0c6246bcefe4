namespace Cordon.Storage;

/// <summary>Analysts' merges and splits of parties in the supplier network. Every write is audited in its transaction.</summary>
public interface INetworkDecisions
{
    /// <summary>Records a decision on a pair of spellings (replacing an earlier one on the same pair); returns the one replaced.</summary>
    Task<StoredNetworkDecision?> RecordNetworkDecisionAsync(StoredNetworkDecision decision, string actor, CancellationToken cancellationToken = default);

    /// <summary>The team's standing decisions, oldest first.</summary>
    Task<IReadOnlyList<StoredNetworkDecision>> ListNetworkDecisionsAsync(string tenant, CancellationToken cancellationToken = default);
}
