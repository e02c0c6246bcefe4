using Cordon.Screening;

namespace Cordon.Application;

/// <summary>A batch of chemicals to check and how (the body of <c>POST /v1/check</c>, the options of <c>cordon check</c>).</summary>
/// <param name="Queries">Names, CAS RNs, SMILES or molfiles, answered in order.</param>
/// <param name="Jurisdictions">Comma-separated codes; null for all.</param>
/// <param name="AsOf">The day to answer for; null for today.</param>
/// <param name="ListedOnly">Listed entries only: no class definitions or alerts.</param>
/// <param name="As">Force how every query is read: smiles, cas, name, molfile.</param>
public sealed record CheckRequest(IReadOnlyList<string> Queries, string? Jurisdictions = null, DateOnly? AsOf = null, bool ListedOnly = false,
    string? As = null);
