namespace Cordon.Contracts.Knowledge;

/// <summary>What changed from one knowledge-base version to another (<c>GET /v1/kb/diff</c>): counts, then every change,
/// lists first, then entries, then definitions, each by id.</summary>
public sealed record KbDiff(string From, string To, int Added, int Removed, int Changed, IReadOnlyList<KbChange> Changes);
