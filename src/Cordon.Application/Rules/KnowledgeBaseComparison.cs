using Cordon.Regulation;

namespace Cordon.Application.Rules;

/// <summary>What changed between two knowledge bases (<c>cordon kb diff</c>).</summary>
/// <param name="OldVersion">The old knowledge base's version.</param>
/// <param name="NewVersion">The new knowledge base's version.</param>
/// <param name="Changes">Lists, entries and definitions added, removed and changed, with their citations.</param>
public sealed record KnowledgeBaseComparison(string OldVersion, string NewVersion, IReadOnlyList<RuleChange> Changes);
