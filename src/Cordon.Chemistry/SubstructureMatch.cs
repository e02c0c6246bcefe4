namespace Cordon.Chemistry;

/// <summary>One match of a query: molecule atom indices in query-atom order.</summary>
public sealed record SubstructureMatch(IReadOnlyList<int> Atoms);
