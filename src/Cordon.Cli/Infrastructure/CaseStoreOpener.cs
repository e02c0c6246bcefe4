using Cordon.Application;
using Cordon.Parties.Store;
using Cordon.Storage;
using Cordon.Storage.PostgreSql;
using Cordon.Storage.Sqlite;

namespace Cordon.Cli.Infrastructure;

/// <summary>Opens the case store the CLI keeps party records in, migrated, with an earlier party store imported once.</summary>
internal static class CaseStoreOpener
{
    /// <summary>CORDON_DATABASE, else CORDON_STORE (where an earlier Cordon kept its party store), else the SQLite file
    /// <c>cordon serve</c> uses by default.</summary>
    public static string DefaultLocation =>
        Environment.GetEnvironmentVariable("CORDON_DATABASE") is { Length: > 0 } database ? database
        : Environment.GetEnvironmentVariable("CORDON_STORE") is { Length: > 0 } store ? store
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "cordon", "server", "cases.db");

    /// <summary>True for a PostgreSQL connection string ("Host=…"), false for a SQLite file path.</summary>
    public static bool IsPostgreSql(string location) => location.Contains('=', StringComparison.Ordinal);

    /// <summary>How messages name the store: the SQLite path, or the PostgreSQL host and database (never the password).</summary>
    public static string Describe(string location)
    {
        if (!IsPostgreSql(location))
        {
            return location;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(location);
        return $"PostgreSQL {builder.Host}/{builder.Database}";
    }

    /// <summary>The store, or null when it is a SQLite file that does not exist, <paramref name="create"/> is false and there is
    /// no earlier party store to bring in (reading must not create a store as a side effect).</summary>
    public static ICaseStore? Open(string location, bool create)
    {
        var legacy = PartyStore.DefaultPath;
        if (!IsPostgreSql(location) && !File.Exists(location) && !create && !PartyStore.IsPartyStore(legacy))
        {
            return null;
        }

        ICaseStore store;
        if (IsPostgreSql(location))
        {
            store = new PostgreSqlCaseStore(location);
        }
        else
        {
            if (Path.GetDirectoryName(Path.GetFullPath(location)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            store = new SqliteCaseStore(location);
        }

        store.MigrateAsync().GetAwaiter().GetResult();
        // Lists and clearances of an earlier party store are brought in once: the file --store named (now the case store
        // itself) and the old default location.
        var records = new ClearanceService(store, TimeProvider.System);
        if (!IsPostgreSql(location))
        {
            records.ImportPartyStoreAsync(ClearanceService.LocalTeam, location).GetAwaiter().GetResult();
        }

        if (IsPostgreSql(location) || Path.GetFullPath(legacy) != Path.GetFullPath(location))
        {
            records.ImportPartyStoreAsync(ClearanceService.LocalTeam, legacy).GetAwaiter().GetResult();
        }

        return store;
    }
}
