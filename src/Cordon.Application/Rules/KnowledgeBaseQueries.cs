using Cordon.Regulation;
using Cordon.Regulation.Definitions;
using Cordon.Regulation.Loading;

namespace Cordon.Application.Rules;

/// <summary>The knowledge-base use cases that read and report: validate, coverage, explain, list.</summary>
public static class KnowledgeBaseQueries
{
    /// <summary>Loads the rules folder with every check (examples, dictionaries); null when no rules folder is found.</summary>
    public static RulesValidationReport? Validate(string? rulesOption)
    {
        var path = RulesFolder.Find(rulesOption);
        if (path is null || !Directory.Exists(path))
        {
            return null;
        }

        var result = RulesLoader.Load(path);
        return new RulesValidationReport(result.KnowledgeBase, result.Problems.Concat(RulesLoader.ValidateDictionaries(result.KnowledgeBase)).ToList());
    }

    /// <summary>Every list's coverage, for the jurisdictions given (null: all).</summary>
    public static IReadOnlyList<ListCoverage> Coverage(KnowledgeBase knowledgeBase, IReadOnlySet<string>? jurisdictions) =>
        ListCoverage.Of(knowledgeBase).Where(r => jurisdictions is null || jurisdictions.Contains(r.Jurisdiction)).ToList();

    /// <summary>The class definition with this id, else null.</summary>
    public static GenericDefinition? Definition(KnowledgeBase knowledgeBase, string id) =>
        knowledgeBase.Definitions.Select(d => d.Definition).FirstOrDefault(d => d.Id == id);

    /// <summary>The entry with this id, else null.</summary>
    public static Substance? Entry(KnowledgeBase knowledgeBase, string id) => knowledgeBase.Substances.FirstOrDefault(s => s.Id == id);

    /// <summary>The listed entries (of the given jurisdictions, or all), by jurisdiction then id: <c>kb list</c>.</summary>
    public static IReadOnlyList<Substance> Listed(KnowledgeBase knowledgeBase, IReadOnlySet<string>? jurisdictions) =>
        knowledgeBase.Substances
            .Where(s => s.List is not null && (jurisdictions is null || jurisdictions.Contains(s.List.Jurisdiction)))
            .OrderBy(s => s.List!.Jurisdiction, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
}
