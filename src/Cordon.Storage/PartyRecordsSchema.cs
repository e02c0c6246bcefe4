namespace Cordon.Storage;

/// <summary>Migration 4 of both providers: the party records moved in from the party store (the SQL is portable: text,
/// BIGINT, composite keys).</summary>
public static class PartyRecordsSchema
{
    /// <summary>The migration.</summary>
    public static readonly Migration Migration = new(4, "party watch lists and clearances (moved in from the party store)", """
        CREATE TABLE party_lists (
            tenant TEXT NOT NULL,
            name TEXT NOT NULL,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            entries BIGINT NOT NULL,
            PRIMARY KEY (tenant, name));
        CREATE TABLE party_list_entries (
            tenant TEXT NOT NULL,
            list TEXT NOT NULL,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            programs TEXT NOT NULL,
            countries TEXT NOT NULL,
            remarks TEXT,
            addresses TEXT NOT NULL,
            names TEXT NOT NULL,
            PRIMARY KEY (tenant, list, id));
        CREATE TABLE party_clearances (
            tenant TEXT NOT NULL,
            party_key TEXT NOT NULL,
            list TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            cleared_by TEXT NOT NULL,
            cleared_at TEXT NOT NULL,
            note TEXT,
            entry_digest TEXT,
            revoked_by TEXT,
            revoked_at TEXT,
            revoke_reason TEXT,
            PRIMARY KEY (tenant, party_key, list, entry_id));
        CREATE TABLE party_store_imports (
            tenant TEXT NOT NULL,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (tenant, source));
        """);
}
