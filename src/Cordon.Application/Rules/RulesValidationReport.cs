using Cordon.Regulation;
using Cordon.Regulation.Loading;

namespace Cordon.Application.Rules;

/// <summary>Every problem in a rules folder (<c>cordon kb validate</c>), examples and dictionaries included.</summary>
/// <param name="KnowledgeBase">What loaded cleanly.</param>
/// <param name="Problems">Errors and warnings, with file and line.</param>
public sealed record RulesValidationReport(KnowledgeBase KnowledgeBase, IReadOnlyList<RuleProblem> Problems)
{
    /// <summary>The problems that are errors: the knowledge base is not fit to answer.</summary>
    public int Errors => Problems.Count(p => p.IsError);

    /// <summary>The problems that are warnings.</summary>
    public int Warnings => Problems.Count - Errors;
}
