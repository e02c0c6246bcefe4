using System.CommandLine;
using Cordon.Parties.Store;

namespace Cordon.Cli.Infrastructure;

/// <summary>Options of the commands that use watch lists.</summary>
internal static class PartyOptions
{
    public static Option<string[]> Watchlist() => new("--watchlist")
    {
        Description = "A watch list: an OFAC SDN folder or sdn.csv, sdn.xml, or an in-house CSV (name, aliases, country, id, notes); repeatable. Default: the lists in the store",
    };

    public static Option<string> Store() => new("--store")
    {
        Description = "The embedded store (SQLite) for imported lists and clearances",
        DefaultValueFactory = _ => PartyStore.DefaultPath,
    };
}
