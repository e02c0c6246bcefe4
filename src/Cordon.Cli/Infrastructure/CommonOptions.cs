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

    /// <summary>The jurisdictions of --jurisdiction (the policy is <see cref="Application.JurisdictionOption"/>); false, with the
    /// reason and the valid codes on stderr, when one is unknown or none is given.</summary>
    public static bool TryParseJurisdictions(string? text, Regulation.KnowledgeBase knowledgeBase, string command, out IReadOnlySet<string>? jurisdictions)
    {
        if (Application.JurisdictionOption.TryParse(text, knowledgeBase, out jurisdictions, out var error))
        {
            return true;
        }

        Console.Error.WriteLine($"cordon {command}: --jurisdiction {error}");
        return false;
    }
}
