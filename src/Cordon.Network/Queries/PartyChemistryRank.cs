using Cordon.Network.Graph;

namespace Cordon.Network.Queries;

/// <summary>A party ranked by the controlled or suspect chemistry of its rows.</summary>
public sealed record PartyChemistryRank(NetworkNode Party, int FlaggedRows, int Rows, int Counterparties);
