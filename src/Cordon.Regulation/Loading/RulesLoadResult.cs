namespace Cordon.Regulation.Loading;

/// <summary>What loading the rules gave: the knowledge base (built from every valid entry) and every problem found.</summary>
public sealed record RulesLoadResult(KnowledgeBase KnowledgeBase, IReadOnlyList<RuleProblem> Problems)
{
    /// <summary>True when any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);
}
