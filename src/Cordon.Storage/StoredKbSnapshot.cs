namespace Cordon.Storage;

/// <summary>A loaded knowledge-base version with its rules files, kept so that it can be compared with another later.</summary>
/// <param name="Info">The version, when it was loaded and its counts.</param>
/// <param name="Content">The rules files as a gzip'd tar (see the application's snapshot packing).</param>
public sealed record StoredKbSnapshot(StoredKbVersion Info, byte[] Content);
