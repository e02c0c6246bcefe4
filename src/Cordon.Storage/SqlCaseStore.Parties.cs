using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Cordon.Storage;

/// <summary>The party records of the case store: imported watch lists and clearances, each write audited in its transaction.</summary>
public abstract partial class SqlCaseStore
{
    private const string ClearanceSelect =
        "SELECT tenant AS Tenant, party_key AS PartyKey, list AS List, entry_id AS EntryId, cleared_by AS ClearedBy, cleared_at AS ClearedAt, " +
        "note AS Note, entry_digest AS EntryDigest, revoked_by AS RevokedBy, revoked_at AS RevokedAt, revoke_reason AS RevokeReason FROM party_clearances";

    /// <inheritdoc />
    public async Task ImportWatchListAsync(string tenant, StoredWatchList list, IReadOnlyList<StoredListEntry> entries, string actor,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await connection.QuerySingleOrDefaultAsync<ListRow>(ListSelect + " WHERE tenant = @tenant AND name = @name",
            new { tenant, name = list.Name }, transaction);
        await WriteList(connection, transaction, tenant, list, entries);
        await Audit(connection, transaction, tenant, list.ImportedAt, actor, "list.import", $"list:{list.Name}",
            before is null ? null : JsonSerializer.Serialize(before.ToList()), JsonSerializer.Serialize(list with { Entries = entries.Count }));
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task WriteList(DbConnection connection, DbTransaction transaction, string tenant, StoredWatchList list,
        IReadOnlyList<StoredListEntry> entries)
    {
        await connection.ExecuteAsync("DELETE FROM party_list_entries WHERE tenant = @tenant AND list = @name; DELETE FROM party_lists WHERE tenant = @tenant AND name = @name",
            new { tenant, name = list.Name }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO party_list_entries (tenant, list, id, name, type, programs, countries, remarks, addresses, names) " +
            "VALUES (@tenant, @List, @Id, @Name, @Type, @Programs, @Countries, @Remarks, @Addresses, @NamesJson)",
            entries.Select(e => new { tenant, e.List, e.Id, e.Name, e.Type, e.Programs, e.Countries, e.Remarks, e.Addresses, e.NamesJson }), transaction);
        await connection.ExecuteAsync("INSERT INTO party_lists (tenant, name, source, imported_at, entries) VALUES (@tenant, @Name, @Source, @at, @count)",
            new { tenant, list.Name, list.Source, at = Text(list.ImportedAt), count = (long)entries.Count }, transaction);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredWatchList>> ListWatchListsAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ListRow>(ListSelect + " WHERE tenant = @tenant ORDER BY name", new { tenant })).Select(r => r.ToList()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredListEntry>> ListWatchListEntriesAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<StoredListEntry>(
            "SELECT list AS List, id AS Id, name AS Name, type AS Type, programs AS Programs, countries AS Countries, remarks AS Remarks, " +
            "addresses AS Addresses, names AS NamesJson FROM party_list_entries WHERE tenant = @tenant ORDER BY list, id", new { tenant })).ToList();
    }

    /// <inheritdoc />
    public async Task<StoredClearance?> ClearPartyAsync(StoredClearance clearance, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await FindClearance(connection, transaction, clearance.Tenant, clearance.PartyKey, clearance.List, clearance.EntryId);
        await connection.ExecuteAsync(
            "INSERT INTO party_clearances (tenant, party_key, list, entry_id, cleared_by, cleared_at, note, entry_digest, revoked_by, revoked_at, revoke_reason) " +
            "VALUES (@Tenant, @PartyKey, @List, @EntryId, @ClearedBy, @at, @Note, @EntryDigest, NULL, NULL, NULL) " +
            "ON CONFLICT (tenant, party_key, list, entry_id) DO UPDATE SET cleared_by = excluded.cleared_by, cleared_at = excluded.cleared_at, " +
            "note = excluded.note, entry_digest = excluded.entry_digest, revoked_by = NULL, revoked_at = NULL, revoke_reason = NULL",
            new { clearance.Tenant, clearance.PartyKey, clearance.List, clearance.EntryId, clearance.ClearedBy, at = Text(clearance.ClearedAt), clearance.Note,
                clearance.EntryDigest }, transaction);
        var after = clearance with { RevokedBy = null, RevokedAt = null, RevokeReason = null };
        await Audit(connection, transaction, clearance.Tenant, clearance.ClearedAt, actor, "party.clear", ClearanceTarget(after),
            before is null ? null : JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
        await transaction.CommitAsync(cancellationToken);
        return before;
    }

    /// <inheritdoc />
    public async Task<StoredClearance?> RevokeClearanceAsync(string tenant, string partyKey, string list, string entryId, string by, DateTimeOffset at,
        string reason, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await FindClearance(connection, transaction, tenant, partyKey, list, entryId);
        if (before is null || before.RevokedAt is not null)
        {
            return null;
        }

        await connection.ExecuteAsync(
            "UPDATE party_clearances SET revoked_by = @by, revoked_at = @at, revoke_reason = @reason " +
            "WHERE tenant = @tenant AND party_key = @partyKey AND list = @list AND entry_id = @entryId AND revoked_at IS NULL",
            new { by, at = Text(at), reason, tenant, partyKey, list, entryId }, transaction);
        var after = before with { RevokedBy = by, RevokedAt = at, RevokeReason = reason };
        await Audit(connection, transaction, tenant, at, actor, "party.revoke", ClearanceTarget(after), JsonSerializer.Serialize(before),
            JsonSerializer.Serialize(after));
        await transaction.CommitAsync(cancellationToken);
        return after;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredClearance>> ListClearancesAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ClearanceRow>(ClearanceSelect + " WHERE tenant = @tenant ORDER BY cleared_at, party_key", new { tenant }))
            .Select(r => r.ToClearance()).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> ImportLegacyPartyStoreAsync(string tenant, string source, LegacyPartyData data, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM party_store_imports WHERE tenant = @tenant AND source = @source",
                new { tenant, source }, transaction) > 0)
        {
            return false;
        }

        // Lists already in the case store are newer than the old store's copy: they are kept.
        var present = (await connection.QueryAsync<string>("SELECT name FROM party_lists WHERE tenant = @tenant", new { tenant }, transaction)).ToHashSet();
        foreach (var list in data.Lists.Where(l => !present.Contains(l.Name)))
        {
            await WriteList(connection, transaction, tenant, list, data.Entries.Where(e => e.List == list.Name).ToList());
        }

        // A clearance recorded in the case store wins over the old store's record of the same pair.
        await connection.ExecuteAsync(
            "INSERT INTO party_clearances (tenant, party_key, list, entry_id, cleared_by, cleared_at, note, entry_digest, revoked_by, revoked_at, revoke_reason) " +
            "VALUES (@tenant, @PartyKey, @List, @EntryId, @ClearedBy, @at, @Note, @EntryDigest, @RevokedBy, @revokedAt, @RevokeReason) " +
            "ON CONFLICT (tenant, party_key, list, entry_id) DO NOTHING",
            data.Clearances.Select(c => new { tenant, c.PartyKey, c.List, c.EntryId, c.ClearedBy, at = Text(c.ClearedAt), c.Note, c.EntryDigest, c.RevokedBy,
                revokedAt = Text(c.RevokedAt), c.RevokeReason }), transaction);
        await connection.ExecuteAsync("INSERT INTO party_store_imports (tenant, source, imported_at) VALUES (@tenant, @source, @at)",
            new { tenant, source, at = Text(at) }, transaction);
        await Audit(connection, transaction, tenant, at, "cordon", "party.store_import", $"party-store:{source}", null,
            JsonSerializer.Serialize(new { lists = data.Lists.Count, entries = data.Entries.Count, clearances = data.Clearances.Count }));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string ClearanceTarget(StoredClearance c) => $"clearance:{c.List}/{c.EntryId}/{c.PartyKey}";

    private static async Task<StoredClearance?> FindClearance(DbConnection connection, DbTransaction transaction, string tenant, string partyKey, string list,
        string entryId) =>
        (await connection.QuerySingleOrDefaultAsync<ClearanceRow>(
            ClearanceSelect + " WHERE tenant = @tenant AND party_key = @partyKey AND list = @list AND entry_id = @entryId",
            new { tenant, partyKey, list, entryId }, transaction))?.ToClearance();

    private const string ListSelect = "SELECT name AS Name, source AS Source, imported_at AS ImportedAt, entries AS Entries FROM party_lists";

    private sealed record ListRow(string Name, string Source, string ImportedAt, long Entries)
    {
        public StoredWatchList ToList() => new(Name, Source, Time(ImportedAt), Entries);
    }

    private sealed record ClearanceRow(string Tenant, string PartyKey, string List, string EntryId, string ClearedBy, string ClearedAt, string? Note,
        string? EntryDigest, string? RevokedBy, string? RevokedAt, string? RevokeReason)
    {
        public StoredClearance ToClearance() => new(Tenant, PartyKey, List, EntryId, ClearedBy, Time(ClearedAt), Note, EntryDigest)
        {
            RevokedBy = RevokedBy, RevokedAt = Time(RevokedAt, true), RevokeReason = RevokeReason,
        };
    }
}
