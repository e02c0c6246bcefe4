namespace Cordon.Storage;

/// <summary>A knowledge-base version the server has loaded: when it was first loaded and how many listed entries and class
/// definitions it held.</summary>
/// <param name="Version">The knowledge base's version string (manifest version plus content hash).</param>
/// <param name="LoadedAt">When a server first loaded it.</param>
/// <param name="Entries">Its listed entries.</param>
/// <param name="Definitions">Its class definitions and analogue alerts.</param>
public sealed record StoredKbVersion(string Version, DateTimeOffset LoadedAt, int Entries, int Definitions);
