using Cordon.Regulation.Definitions;

namespace Cordon.Regulation;

/// <summary>Compares two knowledge bases: lists, listed entries and class definitions added, removed and changed, each with
/// its citation.</summary>
public static class KnowledgeBaseDiff
{
    /// <summary>Every difference, lists first, then entries, then definitions, each ordered by id.</summary>
    public static IReadOnlyList<RuleChange> Compare(KnowledgeBase old, KnowledgeBase @new)
    {
        var changes = new List<RuleChange>();
        changes.AddRange(Diff("list", Lists(old), Lists(@new), l => l.Id, l => l.Jurisdiction, l => l.Name,
            l => l.LastAmended is null ? l.Url : $"{l.LastAmended.Instrument}: {l.LastAmended.Url}", ListFields));
        changes.AddRange(Diff("entry", Listed(old), Listed(@new), s => s.Id, s => s.List!.Jurisdiction, s => s.Name,
            s => s.Citation.ToString(), EntryFields));
        changes.AddRange(Diff("definition", old.Definitions.Select(d => d.Definition), @new.Definitions.Select(d => d.Definition),
            d => d.Id, d => d.List.Jurisdiction, d => d.Name, d => d.Citation.ToString(), DefinitionFields));
        return changes;
    }

    private static IEnumerable<ControlList> Lists(KnowledgeBase kb) => kb.Lists.DistinctBy(l => l.Id);

    private static IEnumerable<Substance> Listed(KnowledgeBase kb) => kb.Substances.Where(s => s.List is not null);

    private static IEnumerable<RuleChange> Diff<T>(string what, IEnumerable<T> oldItems, IEnumerable<T> newItems, Func<T, string> id,
        Func<T, string> jurisdiction, Func<T, string> name, Func<T, string> citation, Func<T, IEnumerable<(string Field, string? Value)>> fields)
    {
        var before = oldItems.ToDictionary(id, StringComparer.Ordinal);
        var after = newItems.ToDictionary(id, StringComparer.Ordinal);
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var hadIt = before.TryGetValue(key, out var o);
            var hasIt = after.TryGetValue(key, out var n);
            if (!hadIt)
            {
                yield return new RuleChange(RuleChangeKind.Added, what, key, jurisdiction(n!), name(n!), [], citation(n!));
            }
            else if (!hasIt)
            {
                yield return new RuleChange(RuleChangeKind.Removed, what, key, jurisdiction(o!), name(o!), [], citation(o!));
            }
            else
            {
                var differences = fields(o!).Zip(fields(n!))
                    .Where(pair => pair.First.Value != pair.Second.Value)
                    .Select(pair => $"{pair.First.Field}: {pair.First.Value ?? "(none)"} → {pair.Second.Value ?? "(none)"}")
                    .ToList();
                if (differences.Count > 0)
                {
                    yield return new RuleChange(RuleChangeKind.Changed, what, key, jurisdiction(n!), name(n!), differences, citation(n!));
                }
            }
        }
    }

    private static IEnumerable<(string, string?)> ListFields(ControlList l) =>
    [
        ("name", l.Name), ("authority", l.Authority), ("url", l.Url), ("routine", l.Routine ? "true" : "false"),
        ("last_amended", l.LastAmended is null ? null : $"{l.LastAmended.Date} {l.LastAmended.Instrument}"),
    ];

    // Fields that change what a verdict says or rests on; line numbers and notes do not.
    private static IEnumerable<(string, string?)> EntryFields(Substance s) =>
    [
        ("list", s.List?.Id), ("name", s.Name), ("synonyms", string.Join("; ", s.Synonyms)), ("cas", s.Cas?.Value),
        ("form_cas", string.Join("; ", s.FormCas.Select(f => $"{f.Cas.Value} {f.Form}"))), ("smiles", s.Smiles),
        ("clause", s.Clause), ("covers", s.Covers.ToString()),
        ("excludes", string.Join("; ", s.Excludes.Select(e => $"{e.Name} {e.Smiles}"))), ("citation", s.Citation.ToString()),
        ("effective", s.Effective), ("ended", s.Ended), ("code", s.Code),
    ];

    private static IEnumerable<(string, string?)> DefinitionFields(GenericDefinition d) =>
    [
        ("list", d.List.Id), ("name", d.Name), ("legal_text", d.LegalText), ("core", d.Core),
        ("minimum_modifications", d.MinimumModifications.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("exclude_if_listed", d.ExcludeIfListed ? "true" : "false"), ("citation", d.Citation.ToString()),
        ("effective", d.Period.Effective), ("ended", d.Period.Ended),
        ("sites", string.Join(" | ", d.Sites.Select(Site))),
    ];

    private static string Site(SiteRule site) =>
        $"{site.Clause} {site.Kind} [{string.Join(",", site.Atoms)}] {(site.AnyGroup ? "any" : string.Join(",", site.Allowed.Order()))}" +
        $" ref={site.Reference} ring={site.Ring} review={site.Review} effective={site.Effective}";
}
