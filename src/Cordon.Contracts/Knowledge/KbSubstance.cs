namespace Cordon.Contracts.Knowledge;

/// <summary>A listed entry as <c>GET /v1/kb/substances</c> shows it: names, identifiers, structure, the list and clause, the
/// citation and the days it is law.</summary>
public sealed record KbSubstance
{
    /// <summary>Stable id, e.g. "us.list-i.npp".</summary>
    public required string Id { get; init; }

    /// <summary>Preferred name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names, abbreviations and languages.</summary>
    public required IReadOnlyList<string> Synonyms { get; init; }

    /// <summary>The substance's CAS RN, if it has one.</summary>
    public string? Cas { get; init; }

    /// <summary>CAS RNs of salt and hydrate forms.</summary>
    public required IReadOnlyList<KbFormCas> FormCas { get; init; }

    /// <summary>Structure as SMILES; null for an entry the law names without a defined structure.</summary>
    public string? Smiles { get; init; }

    /// <summary>How the structure was obtained and checked, where recorded.</summary>
    public KbStructureSource? StructureSource { get; init; }

    /// <summary>Jurisdiction code, e.g. "US".</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>The list's id, e.g. "us.list-i".</summary>
    public required string List { get; init; }

    /// <summary>The list's name.</summary>
    public required string ListName { get; init; }

    /// <summary>The clause as the law words it.</summary>
    public string? Clause { get; init; }

    /// <summary>The forms the clause brings under control: salts, optical_isomers, stereoisomers, esters, ethers, …</summary>
    public required IReadOnlyList<string> Covers { get; init; }

    /// <summary>The list's own number for the substance, e.g. the DEA Controlled Substances Code Number.</summary>
    public string? Code { get; init; }

    /// <summary>HS subheading, where known.</summary>
    public string? HsCode { get; init; }

    /// <summary>Where the law says it.</summary>
    public required KbCitation Citation { get; init; }

    /// <summary>The day it took effect (YYYY, YYYY-MM or YYYY-MM-DD), or "unconfirmed".</summary>
    public string? Effective { get; init; }

    /// <summary>Why the effective date is coarser than a day.</summary>
    public string? EffectiveNote { get; init; }

    /// <summary>The first day it no longer applied, if it ended.</summary>
    public string? Ended { get; init; }

    /// <summary>Reviewers' notes: doubts about a source, history.</summary>
    public string? Notes { get; init; }
}
