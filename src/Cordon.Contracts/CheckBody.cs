namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/check</c>: one query or a batch, and the options of <c>cordon check</c>.</summary>
/// <param name="Query">One name, CAS RN, SMILES or molfile (or use <paramref name="Queries"/>).</param>
/// <param name="Queries">A batch, answered in order.</param>
/// <param name="Jurisdictions">Comma-separated codes, e.g. "US,UN"; all when absent.</param>
/// <param name="AsOf">The day to answer for (YYYY-MM-DD); today when absent.</param>
/// <param name="ListedOnly">Listed entries only: no class definitions or alerts.</param>
/// <param name="As">Force how queries are read: smiles, cas, name, molfile.</param>
public sealed record CheckBody(string? Query, IReadOnlyList<string>? Queries, string? Jurisdictions, DateOnly? AsOf, bool? ListedOnly, string? As);
