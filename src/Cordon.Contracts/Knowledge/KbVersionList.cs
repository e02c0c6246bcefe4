namespace Cordon.Contracts.Knowledge;

/// <summary>The knowledge-base versions the server has loaded, newest first, and the one in use.</summary>
public sealed record KbVersionList(string Current, IReadOnlyList<KbVersion> Versions);
