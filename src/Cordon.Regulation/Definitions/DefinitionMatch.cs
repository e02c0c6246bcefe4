namespace Cordon.Regulation.Definitions;

/// <summary>A structure caught by a definition: the clauses that applied and the atoms of core and varied groups.</summary>
public sealed record DefinitionMatch(GenericDefinition Definition, IReadOnlyList<ClauseHit> Clauses, IReadOnlyList<int> Atoms)
{
    /// <summary>Reasons a reviewer must look: the ambiguous clauses that applied.</summary>
    public IReadOnlyList<string> ReviewReasons => Clauses.Where(c => c.Review is not null).Select(c => $"({c.Clause}) {c.Review}").ToList();

    /// <summary>"(A) …; (C) …": the explanation clause by clause.</summary>
    public string Explanation => Clauses.Count == 0
        ? "the core structure itself"
        : string.Join("; ", Clauses.Select(c => $"({c.Clause}) {c.Description}"));
}
