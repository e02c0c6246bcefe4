using Cordon.Screening.Curation;

namespace Cordon.Application.Rules;

/// <summary>What <c>cordon kb derive</c> reports: the independent structures checked against, by source, and one derivation per name.</summary>
/// <param name="ReferenceCounts">Reference structures per source (knowledge base, SWGDRUG, ...).</param>
/// <param name="Results">One derivation per requested name, in request order.</param>
public sealed record DerivationReport(IReadOnlyDictionary<string, int> ReferenceCounts, IReadOnlyList<StructureDerivation> Results);
