using System.CommandLine;

namespace Cordon.Cli.Infrastructure;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Rules() => new("--rules")
    {
        Description = "Rules folder (default: CORDON_RULES, else the nearest rules/ above the program or working directory)",
    };

    public static Option<string?> Dictionary() => new("--dictionary")
    {
        Description = "Your own catalogue: CSV with header name,cas,smiles; adds names and CAS RNs, never changes a listed one",
    };

    public static Option<string?> Jurisdiction() => new("--jurisdiction")
    {
        Description = "Comma-separated jurisdiction codes to answer for, e.g. US,UN (default: all)",
    };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Answer as the law stood on this day, YYYY-MM-DD (default: today)",
    };

    public static IReadOnlySet<string>? ParseJurisdictions(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(j => j.ToUpperInvariant())
                .ToHashSet();
}
