namespace Cordon.Regulation;

/// <summary>How an entry or definition differs between two knowledge bases.</summary>
public enum RuleChangeKind
{
    /// <summary>Only in the new knowledge base.</summary>
    Added,

    /// <summary>Only in the old knowledge base.</summary>
    Removed,

    /// <summary>In both, with some field changed.</summary>
    Changed,
}
