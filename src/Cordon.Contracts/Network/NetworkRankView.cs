namespace Cordon.Contracts.Network;

/// <summary>A party ranked by the controlled or suspect chemistry of its rows.</summary>
public sealed record NetworkRankView(NetworkNodeView Party, int FlaggedRows, int Rows, int Counterparties);
