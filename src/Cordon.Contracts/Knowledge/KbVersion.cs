namespace Cordon.Contracts.Knowledge;

/// <summary>A knowledge-base version the server has loaded (<c>GET /v1/kb/versions</c>).</summary>
/// <param name="Version">The version string results carry (manifest version plus content hash).</param>
/// <param name="LoadedAt">When a server first loaded it.</param>
/// <param name="Entries">Its listed entries.</param>
/// <param name="Definitions">Its class definitions and analogue alerts.</param>
/// <param name="Current">True for the version the server uses now.</param>
public sealed record KbVersion(string Version, DateTimeOffset LoadedAt, int Entries, int Definitions, bool Current);
