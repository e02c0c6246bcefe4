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

    /// <summary>The jurisdictions of --jurisdiction, each checked against the knowledge base; null (with the reason and the valid codes
    /// on stderr) when one is unknown or the list is empty, so a typo never silently answers for nothing.</summary>
    public static bool TryParseJurisdictions(string? text, Regulation.KnowledgeBase knowledgeBase, string command, out IReadOnlySet<string>? jurisdictions)
    {
        jurisdictions = null;
        if (text is null)
        {
            return true;
        }

        var valid = knowledgeBase.Jurisdictions.Select(j => j.Code).Concat(knowledgeBase.Lists.Select(l => l.Jurisdiction))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var given = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(j => j.ToUpperInvariant()).ToHashSet();
        var unknown = given.Where(j => !valid.Contains(j, StringComparer.Ordinal)).ToList();
        if (given.Count == 0 || unknown.Count > 0)
        {
            Console.Error.WriteLine($"cordon {command}: --jurisdiction '{text}': " +
                (given.Count == 0 ? "no code given" : $"unknown {string.Join(", ", unknown)}") + $" (valid: {string.Join(", ", valid)})");
            return false;
        }

        jurisdictions = given;
        return true;
    }
}
