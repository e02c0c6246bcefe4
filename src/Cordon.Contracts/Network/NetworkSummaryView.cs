namespace Cordon.Contracts.Network;

/// <summary>What a supplier network holds: rows, parties, spellings, edges by kind, designees and shared details; and how long
/// each step of building it took.</summary>
public sealed record NetworkSummaryView(string Model, int Rows, int Parties, int Spellings, int Designees, int SharedContacts,
    IReadOnlyDictionary<string, int> Edges, int PairsScored, IReadOnlyList<string> HeldApart, IReadOnlyList<NetworkBuildPhaseView> Phases);
