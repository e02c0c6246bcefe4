using System.CommandLine;
using Cordon.Cli.Infrastructure;

namespace Cordon.Cli.Commands.Serve;

/// <summary>Where Cordon Server keeps its store and finds its rules and watch lists: the options <c>cordon serve</c> and
/// <c>cordon rescreen</c> share, and the server arguments they become.</summary>
internal sealed class ServerArguments
{
    /// <summary>PostgreSQL connection string; default: SQLite in --data.</summary>
    public Option<string?> Database { get; } = new("--database") { Description = "PostgreSQL connection string (\"Host=…;Database=…;Username=…\"); default: SQLite in --data" };

    /// <summary>The data folder.</summary>
    public Option<string?> Data { get; } = new("--data") { Description = "Data folder: the SQLite file, uploads (default: ~/.local/share/cordon/server)" };

    /// <summary>Watch lists.</summary>
    public Option<string[]> Watchlist { get; } = new("--watchlist") { Description = "Watch lists parties are matched against: an OFAC SDN folder or file, an in-house CSV (repeatable)" };

    /// <summary>The rules folder.</summary>
    public Option<string?> Rules { get; } = CommonOptions.Rules();

    /// <summary>Any other server setting, as KEY=VALUE.</summary>
    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Any other server setting, KEY=VALUE (repeatable), e.g. --set Cordon:WarmUp=false, --set Cordon:Auth:Jwt:Authority=https://…",
    };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [Database, Data, Watchlist, Rules, Set];

    /// <summary>Checks every <c>--set</c> names a setting the server reads; returns the first that does not, with why.</summary>
    public string? Invalid(ParseResult parse) =>
        (parse.GetValue(Set) ?? []).Select(entry => entry.Split('=', 2) switch
        {
            [var key, _] when Server.ServerSettingKeys.IsKnown(key.Trim()) => null,
            [var key, _] => $"--set {entry}: '{key}' is not a server setting (see the README's \"Run the server\")",
            _ => $"--set {entry}: expected KEY=VALUE",
        }).FirstOrDefault(e => e is not null);

    /// <summary>The server's arguments for the parsed options.</summary>
    public List<string> ToArgs(ParseResult parse)
    {
        var args = new List<string>();
        if (parse.GetValue(Database) is { } connection)
        {
            args.AddRange(["--database", connection]);
        }

        if (parse.GetValue(Data) is { } folder)
        {
            args.AddRange(["--data", folder]);
        }

        var lists = parse.GetValue(Watchlist) ?? [];
        for (var i = 0; i < lists.Length; i++)
        {
            args.AddRange([$"--Cordon:Watchlists:{i}", Path.GetFullPath(lists[i])]);
        }

        if (RulesLocator.Find(parse.GetValue(Rules)) is { } found)
        {
            args.AddRange(["--rules", found]);
        }

        foreach (var entry in parse.GetValue(Set) ?? [])
        {
            var (key, value) = (entry[..entry.IndexOf('=')].Trim(), entry[(entry.IndexOf('=') + 1)..]);
            args.AddRange([$"--{key}", value]);
        }

        return args;
    }
}
