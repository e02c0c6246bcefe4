namespace Cordon.Regulation;

/// <summary>One row of <c>cordon kb coverage</c>: a list, how many entries it holds and how they are known, and the latest
/// amendment reflected.</summary>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="ListId">The list id.</param>
/// <param name="Name">The list's name.</param>
/// <param name="Entries">Listed entries.</param>
/// <param name="WithStructure">Entries with a structure.</param>
/// <param name="IdentifierOnly">Entries known by name and identifiers only (plant material, preparations, classes).</param>
/// <param name="StructuresChecked">Entries whose structure agrees with at least one independent public structure.</param>
/// <param name="Definitions">Class definitions (generic clauses) of the list.</param>
/// <param name="LastAmended">The latest amendment reflected; null when the rules do not say.</param>
public sealed record ListCoverage(string Jurisdiction, string ListId, string Name, int Entries, int WithStructure, int IdentifierOnly,
    int StructuresChecked, int Definitions, ListAmendment? LastAmended)
{
    /// <summary>One row per list id (files that share a list id are one list), ordered by jurisdiction as kb.yaml declares
    /// them, then by id.</summary>
    public static IReadOnlyList<ListCoverage> Of(KnowledgeBase knowledgeBase)
    {
        var order = knowledgeBase.Jurisdictions.Select((j, i) => (j.Code, i)).ToDictionary(x => x.Code, x => x.i);
        return knowledgeBase.Lists
            .GroupBy(l => l.Id, StringComparer.Ordinal)
            .Select(group =>
            {
                var list = group.First();
                var entries = knowledgeBase.Substances.Where(s => s.List?.Id == list.Id).ToList();
                return new ListCoverage(list.Jurisdiction, list.Id, list.Name, entries.Count,
                    entries.Count(s => s.Smiles is not null), entries.Count(s => s.Smiles is null),
                    entries.Count(s => s.Structure is { Checked.Count: > 0 }),
                    knowledgeBase.Definitions.Count(d => d.Definition.List.Id == list.Id),
                    group.Select(l => l.LastAmended).Where(a => a is not null).MaxBy(a => a!.Date));
            })
            .OrderBy(r => order.GetValueOrDefault(r.Jurisdiction, int.MaxValue))
            .ThenBy(r => r.ListId, StringComparer.Ordinal)
            .ToList();
    }
}
