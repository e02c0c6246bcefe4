using System.Text.Json;
using Cordon.Contracts.Knowledge;
using Cordon.Regulation;
using Cordon.Regulation.Definitions;

namespace Cordon.Application.Rules;

/// <summary>The knowledge base as a browsable catalogue for the API: listed entries (filtered, searched, paged) and class
/// definitions with their legal text, clause by clause. Built once per knowledge base, which does not change while a host
/// runs; thread-safe.</summary>
public sealed class KnowledgeBaseCatalog
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly IReadOnlyList<(Substance Entry, KbSubstance View, string[] NameKeys)> _entries;
    private readonly IReadOnlyList<KbDefinition> _definitions;

    /// <summary>The catalogue of <paramref name="knowledgeBase"/>.</summary>
    public KnowledgeBaseCatalog(KnowledgeBase knowledgeBase)
    {
        _knowledgeBase = knowledgeBase;
        _entries = KnowledgeBaseQueries.Listed(knowledgeBase, null)
            .Select(s => (s, View(s), s.AllNames.Select(NameKey.From).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray()))
            .ToList();
        _definitions = knowledgeBase.Definitions.Select(d => View(d.Definition))
            .OrderBy(d => d.Jurisdiction, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        Coverage = ListCoverage.Of(knowledgeBase);
    }

    /// <summary>Every list's coverage.</summary>
    public IReadOnlyList<ListCoverage> Coverage { get; }

    /// <summary>The entries the filter asks for; throws <see cref="UseCaseException"/> for an unknown jurisdiction or list, or
    /// a page outside the bounds (fail closed: never an empty page for a typo).</summary>
    public KbSubstancePage Substances(KbSubstanceFilter filter)
    {
        CheckScope(filter.Jurisdiction, filter.List);
        if (filter.Offset < 0 || filter.Limit is < 1 or > KbSubstanceFilter.MaxLimit)
        {
            throw new UseCaseException($"page: offset 0 or more and limit 1 to {KbSubstanceFilter.MaxLimit}");
        }

        var text = filter.Text?.Trim() is { Length: > 0 } given ? given : null;
        var key = text is null ? null : NameKey.From(text);
        CasNumber? cas = text is not null && CasNumber.TryParse(text, out var parsed, out _) ? parsed : null;
        var matching = _entries.Where(e =>
                (filter.Jurisdiction is null || e.Entry.List!.Jurisdiction == filter.Jurisdiction)
                && (filter.List is null || e.Entry.List!.Id == filter.List)
                && (text is null || Matches(e, text, key!, cas)))
            .ToList();
        return new KbSubstancePage(matching.Count, filter.Offset, filter.Limit,
            matching.Skip(filter.Offset).Take(filter.Limit).Select(e => e.View).ToList());
    }

    /// <summary>The listed entry with this id, else null.</summary>
    public KbSubstance? Substance(string id) => _entries.FirstOrDefault(e => e.Entry.Id == id).View;

    /// <summary>The class definitions and analogue alerts of a jurisdiction or list (null: all), by jurisdiction then id;
    /// throws <see cref="UseCaseException"/> for an unknown jurisdiction or list.</summary>
    public IReadOnlyList<KbDefinition> Definitions(string? jurisdiction, string? list)
    {
        CheckScope(jurisdiction, list);
        return _definitions.Where(d => (jurisdiction is null || d.Jurisdiction == jurisdiction) && (list is null || d.List == list)).ToList();
    }

    /// <summary>The definition with this id, else null.</summary>
    public KbDefinition? Definition(string id) => _definitions.FirstOrDefault(d => d.Id == id);

    private void CheckScope(string? jurisdiction, string? list)
    {
        if (jurisdiction is not null && _knowledgeBase.Jurisdictions.All(j => j.Code != jurisdiction))
        {
            throw new UseCaseException("jurisdiction", $"'{jurisdiction}': expected one of {string.Join(", ", _knowledgeBase.Jurisdictions.Select(j => j.Code))}");
        }

        if (list is not null && _knowledgeBase.Lists.All(l => l.Id != list))
        {
            throw new UseCaseException("list", $"'{list}': no such list; GET /v1/kb names them");
        }
    }

    private static bool Matches((Substance Entry, KbSubstance View, string[] NameKeys) entry, string text, string key, CasNumber? cas) =>
        (cas is not null && (entry.Entry.Cas == cas || entry.Entry.FormCas.Any(f => f.Cas == cas)))
        || entry.Entry.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (entry.Entry.Code is { } code && string.Equals(code, text, StringComparison.OrdinalIgnoreCase))
        || (key.Length > 0 && entry.NameKeys.Any(k => k.Contains(key, StringComparison.Ordinal)));

    private static KbSubstance View(Substance s) => new()
    {
        Id = s.Id, Name = s.Name, Synonyms = s.Synonyms, Cas = s.Cas?.Value, FormCas = s.FormCas.Select(f => new KbFormCas(f.Cas.Value, f.Form)).ToList(),
        Smiles = s.Smiles,
        StructureSource = s.Structure is { } p ? new KbStructureSource(p.From, p.Name, p.Formula, p.Checked) : null,
        Jurisdiction = s.List!.Jurisdiction, List = s.List.Id, ListName = s.List.Name, Clause = s.Clause, Covers = Words(s.Covers),
        Code = s.Code, HsCode = s.HsCode, Citation = Cite(s.Citation), Effective = s.Effective, EffectiveNote = s.EffectiveNote, Ended = s.Ended,
        Notes = s.Notes,
    };

    private static KbDefinition View(GenericDefinition d) => new()
    {
        Id = d.Id, Name = d.Name, Kind = d.IsAnalogueAlert ? "analogue_alert" : "generic_definition", Jurisdiction = d.List.Jurisdiction,
        List = d.List.Id, ListName = d.List.Name, LegalText = d.LegalText, Citation = Cite(d.Citation), Effective = d.Period.Effective,
        Ended = d.Period.Ended, MinimumModifications = d.MinimumModifications, ExcludeIfListed = d.ExcludeIfListed,
        Clauses = d.Sites.Select(c => new KbClause(c.Clause, c.Text, JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Kind.ToString()), c.Review, c.Effective))
            .ToList(),
        Ambiguities = d.Ambiguities, Examples = d.Examples.Select(e => new KbExample(e.Name, e.Smiles, e.Matches, e.Why)).ToList(),
    };

    private static KbCitation Cite(Citation c) => new(c.Section, c.Instrument, c.Url);

    private static List<string> Words(Coverage covers) =>
        Enum.GetValues<Coverage>().Where(f => f != Cordon.Regulation.Coverage.None && covers.HasFlag(f))
            .Select(f => JsonNamingPolicy.SnakeCaseLower.ConvertName(f.ToString())).ToList();
}
