using Cordon.Regulation;
using Cordon.Screening.Curation;
using Cordon.Screening.Extraction;

namespace Cordon.Application.Rules;

/// <summary>The <c>cordon kb derive</c> use case: which names to derive, and their structures checked against independent
/// public structures (a curation aid; it decides nothing).</summary>
public static class KnowledgeBaseDerivation
{
    /// <summary>The (label, name to derive from) pairs of the arguments ('LABEL=NAME' or NAME) and of a names file
    /// (one name per line or LABEL&lt;TAB&gt;NAME; blank and # lines skipped), arguments first.</summary>
    public static IReadOnlyList<(string Label, string DerivedFrom)> Names(IEnumerable<string> arguments, IEnumerable<string> fileLines)
    {
        var pairs = arguments.Select(a => Split(a, '=')).ToList();
        pairs.AddRange(fileLines.Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l => Split(l, '\t')));
        return pairs;
    }

    /// <summary>Derives each name through the name reader and checks it against the knowledge base's structures and, when
    /// given, SWGDRUG's monographs.</summary>
    public static DerivationReport Derive(KnowledgeBase knowledgeBase, INameToStructure names, string? swgdrugPath,
        IReadOnlyList<(string Label, string DerivedFrom)> pairs)
    {
        var references = ReferenceStructureSet.Build(knowledgeBase, swgdrugPath);
        var results = new StructureDeriver(names, references, knowledgeBase).Derive(pairs);
        return new DerivationReport(references.Counts, results);
    }

    private static (string Label, string DerivedFrom) Split(string text, char separator)
    {
        var at = text.IndexOf(separator);
        return at < 0 ? (text.Trim(), text.Trim()) : (text[..at].Trim(), text[(at + 1)..].Trim());
    }
}
