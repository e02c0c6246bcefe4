namespace Cordon.Regulation.Dictionaries;

/// <summary>The entries read from a dictionary file, and every problem found, each with file and line.</summary>
public sealed record DictionaryReadResult(IReadOnlyList<DictionaryEntry> Entries, IReadOnlyList<RuleProblem> Problems)
{
    /// <summary>True when any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);
}
