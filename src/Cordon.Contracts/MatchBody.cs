namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/match</c>: parties to match against the configured watch lists, with supporting fields.</summary>
public sealed record MatchBody(IReadOnlyList<MatchQuery> Queries);
