using Cordon.Regulation;

namespace Cordon.Application;

/// <summary>The policy for a jurisdictions option (CLI <c>--jurisdiction</c>, API <c>jurisdictions</c>): each code must be
/// one the knowledge base holds, so a typo never silently answers for nothing.</summary>
public static class JurisdictionOption
{
    /// <summary>Parses "US,UN"; null text means all. False with the reason (naming the valid codes) when a code is unknown
    /// or none is given.</summary>
    public static bool TryParse(string? text, KnowledgeBase knowledgeBase, out IReadOnlySet<string>? jurisdictions, out string? error)
    {
        jurisdictions = null;
        error = null;
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
            error = $"'{text}': " + (given.Count == 0 ? "no code given" : $"unknown {string.Join(", ", unknown)}") +
                    $" (valid: {string.Join(", ", valid)})";
            return false;
        }

        jurisdictions = given;
        return true;
    }
}
