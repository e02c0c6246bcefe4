using Cordon.Parties.Matching;
using Cordon.Parties.Reading;
using Microsoft.Data.Sqlite;

namespace Cordon.Parties.Store;

/// <summary>The embedded store (SQLite): imported watch lists, so they need not be re-read, and analysts' clearances.</summary>
public sealed class PartyStore : IDisposable
{
    private readonly SqliteConnection _connection;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    public PartyStore(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS lists (name TEXT PRIMARY KEY, source TEXT NOT NULL, imported_at TEXT NOT NULL, entries INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS entries (list TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
                programs TEXT NOT NULL, countries TEXT NOT NULL, remarks TEXT, addresses TEXT NOT NULL DEFAULT '', PRIMARY KEY (list, id));
            CREATE TABLE IF NOT EXISTS names (list TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS names_entry ON names (list, id);
            CREATE TABLE IF NOT EXISTS clearances (party_key TEXT NOT NULL, list TEXT NOT NULL, entry_id TEXT NOT NULL, cleared_by TEXT NOT NULL,
                cleared_at TEXT NOT NULL, note TEXT, PRIMARY KEY (party_key, list, entry_id));
            """);

        // Stores made before addresses were kept lack the column: add it.
        using var columns = Command("SELECT COUNT(*) FROM pragma_table_info('entries') WHERE name = 'addresses'");
        if (Convert.ToInt64(columns.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            Execute("ALTER TABLE entries ADD COLUMN addresses TEXT NOT NULL DEFAULT ''");
        }

        // Stores made before clearances kept the entry's digest and revocations lack those columns: add them.
        foreach (var column in new[] { "entry_digest", "revoked_by", "revoked_at", "revoke_reason" })
        {
            using var has = Command($"SELECT COUNT(*) FROM pragma_table_info('clearances') WHERE name = '{column}'");
            if (Convert.ToInt64(has.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                Execute($"ALTER TABLE clearances ADD COLUMN {column} TEXT");
            }
        }
    }

    /// <summary>True when <paramref name="path"/> is a SQLite file holding a party store (opened read-only: nothing is created).</summary>
    public static bool IsPartyStore(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('lists', 'entries', 'names', 'clearances')";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 4;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>The default store: CORDON_STORE, else ~/.local/share/cordon/cordon.db.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("CORDON_STORE") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "cordon", "cordon.db");

    /// <summary>Replaces the stored copy of a list with <paramref name="list"/>.</summary>
    public void Import(WatchList list, string source)
    {
        using var transaction = _connection.BeginTransaction();
        Execute("DELETE FROM entries WHERE list = $list; DELETE FROM names WHERE list = $list; DELETE FROM lists WHERE name = $list;", ("$list", list.Name));
        using var entry = Command("INSERT INTO entries (list, id, name, type, programs, countries, remarks, addresses) VALUES ($list, $id, $name, $type, $programs, $countries, $remarks, $addresses)");
        using var name = Command("INSERT INTO names VALUES ($list, $id, $name, $kind)");
        foreach (var e in list.Entries)
        {
            Bind(entry, ("$list", e.List), ("$id", e.Id), ("$name", e.Name), ("$type", e.Type), ("$programs", string.Join(';', e.Programs)),
                ("$countries", string.Join(';', e.Countries)), ("$remarks", (object?)e.Remarks ?? DBNull.Value),
                ("$addresses", string.Join('\n', e.Addresses)));
            entry.ExecuteNonQuery();
            foreach (var n in e.Names)
            {
                Bind(name, ("$list", e.List), ("$id", e.Id), ("$name", n.Name), ("$kind", n.Kind));
                name.ExecuteNonQuery();
            }
        }

        Execute("INSERT INTO lists VALUES ($name, $source, $at, $entries)",
            ("$name", list.Name), ("$source", source), ("$at", DateTimeOffset.UtcNow.ToString("O")), ("$entries", list.Entries.Count));
        transaction.Commit();
    }

    /// <summary>Names, sources, import times and sizes of the stored lists.</summary>
    public IReadOnlyList<(string Name, string Source, string ImportedAt, long Entries)> Lists()
    {
        using var command = Command("SELECT name, source, imported_at, entries FROM lists ORDER BY name");
        using var reader = command.ExecuteReader();
        var lists = new List<(string, string, string, long)>();
        while (reader.Read())
        {
            lists.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return lists;
    }

    /// <summary>Every stored entry, with its names.</summary>
    public IReadOnlyList<WatchListEntry> Entries()
    {
        var names = new Dictionary<(string, string), List<WatchListName>>();
        using (var command = Command("SELECT list, id, name, kind FROM names"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                if (!names.TryGetValue(key, out var list))
                {
                    names[key] = list = [];
                }

                list.Add(new WatchListName(reader.GetString(2), reader.GetString(3)));
            }
        }

        var entries = new List<WatchListEntry>();
        using (var command = Command("SELECT list, id, name, type, programs, countries, remarks, addresses FROM entries"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                var remarks = reader.IsDBNull(6) ? null : reader.GetString(6);

                // The supporting fields are read again from the remarks, so the store holds one copy of what the list said.
                entries.Add(Reading.RemarksParser.Parse(remarks).ApplyTo(new WatchListEntry
                {
                    List = key.Item1,
                    Id = key.Item2,
                    Name = reader.GetString(2),
                    Type = reader.GetString(3),
                    Programs = reader.GetString(4).Split(';', StringSplitOptions.RemoveEmptyEntries),
                    Countries = reader.GetString(5).Split(';', StringSplitOptions.RemoveEmptyEntries),
                    Remarks = remarks,
                    Addresses = reader.GetString(7).Split('\n', StringSplitOptions.RemoveEmptyEntries),
                    Names = names.GetValueOrDefault(key) ?? [new WatchListName(reader.GetString(2), "primary")],
                }));
            }
        }

        return entries;
    }

    /// <summary>Records that a party is not a list entry; it then stops alerting while the entry reads as it did. Recording it
    /// again updates who, when and why (and lifts a revocation).</summary>
    public void Clear(Clearance clearance) =>
        Execute("INSERT OR REPLACE INTO clearances (party_key, list, entry_id, cleared_by, cleared_at, note, entry_digest) VALUES ($key, $list, $id, $by, $at, $note, $digest)",
            ("$key", clearance.PartyKey), ("$list", clearance.List), ("$id", clearance.EntryId), ("$by", clearance.By),
            ("$at", clearance.At.ToString("O")), ("$note", (object?)clearance.Note ?? DBNull.Value), ("$digest", (object?)clearance.EntryDigest ?? DBNull.Value));

    /// <summary>Revokes a standing clearance (who, when, why); false when there is none to revoke. The record is kept, for audit.</summary>
    public bool Revoke(string partyKey, string list, string entryId, string by, DateTimeOffset at, string reason)
    {
        using var command = Command("UPDATE clearances SET revoked_by = $by, revoked_at = $at, revoke_reason = $reason " +
            "WHERE party_key = $key AND list = $list AND entry_id = $id AND revoked_at IS NULL");
        Bind(command, ("$by", by), ("$at", at.ToString("O")), ("$reason", reason), ("$key", partyKey), ("$list", list), ("$id", entryId));
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>Every clearance, revoked ones included.</summary>
    public IReadOnlyList<Clearance> Clearances()
    {
        using var command = Command("SELECT party_key, list, entry_id, cleared_by, cleared_at, note, entry_digest, revoked_by, revoked_at, revoke_reason FROM clearances ORDER BY cleared_at");
        using var reader = command.ExecuteReader();
        var clearances = new List<Clearance>();
        while (reader.Read())
        {
            clearances.Add(new Clearance(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture), reader.IsDBNull(5) ? null : reader.GetString(5))
            {
                EntryDigest = reader.IsDBNull(6) ? null : reader.GetString(6),
                RevokedBy = reader.IsDBNull(7) ? null : reader.GetString(7),
                RevokedAt = reader.IsDBNull(8) ? null : DateTimeOffset.Parse(reader.GetString(8), System.Globalization.CultureInfo.InvariantCulture),
                RevokeReason = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        }

        return clearances;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql);
        Bind(command, parameters);
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, params (string Name, object Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
