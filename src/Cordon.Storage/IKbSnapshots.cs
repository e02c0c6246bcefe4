namespace Cordon.Storage;

/// <summary>The knowledge-base versions the server has loaded, each kept once with its rules files (shared by every team: the
/// knowledge base is the law, not a team's data).</summary>
public interface IKbSnapshots
{
    /// <summary>Records <paramref name="snapshot"/> unless its version is already kept (then nothing changes); true when it was
    /// new. A new version is audited, in the same transaction, in the log of every team that has users.</summary>
    Task<bool> RecordKbSnapshotAsync(StoredKbSnapshot snapshot, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every version kept, newest first (by when it was loaded), without the rules files.</summary>
    Task<IReadOnlyList<StoredKbVersion>> ListKbVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>One version with its rules files, or null when it was never recorded.</summary>
    Task<StoredKbSnapshot?> GetKbSnapshotAsync(string version, CancellationToken cancellationToken = default);
}
