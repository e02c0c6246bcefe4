using System.Text.Json;
using Dapper;

namespace Cordon.Storage;

/// <summary>The knowledge-base versions loaded, each recorded once (the version is the key) and audited when new.</summary>
public abstract partial class SqlCaseStore
{
    private const string KbVersionSelect =
        "SELECT version AS Version, loaded_at AS LoadedAt, entries AS Entries, definitions AS Definitions FROM kb_snapshots";

    /// <inheritdoc />
    public async Task<bool> RecordKbSnapshotAsync(StoredKbSnapshot snapshot, string actor, CancellationToken cancellationToken = default)
    {
        var info = snapshot.Info;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two servers starting on one database at once both try: the key makes the second insert nothing.
        var inserted = await connection.ExecuteAsync(
            "INSERT INTO kb_snapshots (version, loaded_at, entries, definitions, content) VALUES (@Version, @at, @Entries, @Definitions, @content) " +
            "ON CONFLICT (version) DO NOTHING",
            new { info.Version, at = Text(info.LoadedAt), info.Entries, info.Definitions, content = snapshot.Content }, transaction) == 1;
        if (inserted)
        {
            var after = JsonSerializer.Serialize(new { version = info.Version, entries = info.Entries, definitions = info.Definitions });
            foreach (var tenant in await connection.QueryAsync<string>("SELECT DISTINCT tenant FROM users ORDER BY tenant", transaction: transaction))
            {
                await Audit(connection, transaction, tenant, info.LoadedAt, actor, "kb.load", $"kb:{info.Version}", null, after);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredKbVersion>> ListKbVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<KbVersionRow>(KbVersionSelect + " ORDER BY loaded_at DESC, version DESC")).Select(r => r.ToVersion()).ToList();
    }

    /// <inheritdoc />
    public async Task<StoredKbSnapshot?> GetKbSnapshotAsync(string version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KbVersionRow>(KbVersionSelect + " WHERE version = @version", new { version });
        if (row is null)
        {
            return null;
        }

        var content = await connection.ExecuteScalarAsync<byte[]>("SELECT content FROM kb_snapshots WHERE version = @version", new { version });
        return new StoredKbSnapshot(row.ToVersion(), content!);
    }

    private sealed record KbVersionRow(string Version, string LoadedAt, long Entries, long Definitions)
    {
        public StoredKbVersion ToVersion() => new(Version, Time(LoadedAt), (int)Entries, (int)Definitions);
    }
}
