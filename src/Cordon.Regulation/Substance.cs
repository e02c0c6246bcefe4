namespace Cordon.Regulation;

/// <summary>One entry of a rules file: a substance on a list, or (when <see cref="List"/> is null) a resolution-only name.</summary>
public sealed record Substance
{
    /// <summary>Stable id, e.g. "us.list-i.npp".</summary>
    public required string Id { get; init; }

    /// <summary>Preferred name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names, abbreviations and languages.</summary>
    public required IReadOnlyList<string> Synonyms { get; init; }

    /// <summary>The substance's CAS RN, if it has one.</summary>
    public CasNumber? Cas { get; init; }

    /// <summary>CAS RNs of salt and hydrate forms.</summary>
    public required IReadOnlyList<FormCas> FormCas { get; init; }

    /// <summary>Structure as SMILES; null for entries known by name and CAS RN only.</summary>
    public string? Smiles { get; init; }

    /// <summary>The list it is on; null for resolution-only entries, which are never findings.</summary>
    public ControlList? List { get; init; }

    /// <summary>The clause as the law words it.</summary>
    public string? Clause { get; init; }

    /// <summary>The forms the clause covers.</summary>
    public Coverage Covers { get; init; }

    /// <summary>Stereoisomers the clause names as not covered (none for most entries).</summary>
    public IReadOnlyList<ExcludedForm> Excludes { get; init; } = [];

    /// <summary>Where the law says it.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Date it took effect: YYYY, YYYY-MM, YYYY-MM-DD, or "unconfirmed".</summary>
    public string? Effective { get; init; }

    /// <summary>First day it no longer applied, if it was repealed or expired.</summary>
    public string? Ended { get; init; }

    /// <summary>Reviewer notes: doubts about the source, category not confirmed, history.</summary>
    public string? Notes { get; init; }

    /// <summary>When the listing is law.</summary>
    public LegalPeriod Period => field ??= new(Effective, Ended);

    /// <summary>The list's own number for the substance, e.g. the DEA Controlled Substances Code Number.</summary>
    public string? Code { get; init; }

    /// <summary>How the structure was obtained and checked; null for entries not yet recorded that way.</summary>
    public StructureProvenance? Structure { get; init; }

    /// <summary>Why the effective date is coarser than a day, where the instrument does not give the day.</summary>
    public string? EffectiveNote { get; init; }

    /// <summary>HS subheading, if known.</summary>
    public string? HsCode { get; init; }

    /// <summary>Where the entry is defined.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>All names: preferred first.</summary>
    public IEnumerable<string> AllNames => Synonyms.Prepend(Name);
}
