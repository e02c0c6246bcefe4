using System.CommandLine;

namespace Cordon.Cli.Infrastructure;

/// <summary>Options of the commands that use watch lists.</summary>
internal static class PartyOptions
{
    public static Option<string[]> Watchlist() => new("--watchlist")
    {
        Description = "A watch list: an OFAC SDN folder or sdn.csv, sdn.xml, or an in-house CSV (name, aliases, country, id, notes); repeatable. Default: the lists in the store",
    };

    /// <summary>The case store holding imported lists and clearances (the one <c>cordon serve</c> uses by default).</summary>
    public static Option<string> Store() => new("--database", "--store")
    {
        Description = "The case store for imported lists and clearances: a SQLite file, or a PostgreSQL connection string (\"Host=…;Database=…\") " +
                      "as for 'cordon serve'. Default: CORDON_DATABASE, else the server's SQLite file (~/.local/share/cordon/server/cases.db)",
        DefaultValueFactory = _ => CaseStoreOpener.DefaultLocation,
    };
}
