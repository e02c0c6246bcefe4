namespace Cordon.Contracts.Knowledge;

/// <summary>A page of listed entries: how many match the filters in all, and this page of them, by jurisdiction then id.</summary>
public sealed record KbSubstancePage(int Total, int Offset, int Limit, IReadOnlyList<KbSubstance> Substances);
