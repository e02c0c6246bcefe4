namespace Cordon.Regulation.Definitions;

/// <summary>One clause of a generic definition: where on the core it acts and what it allows there.</summary>
public sealed record SiteRule
{
    /// <summary>The clause's label as the law numbers it, e.g. "A" or "三".</summary>
    public required string Clause { get; init; }

    /// <summary>The clause's words.</summary>
    public required string Text { get; init; }

    /// <summary>What varies at this site.</summary>
    public required SiteKind Kind { get; init; }

    /// <summary>Atom-map numbers of the core SMARTS this clause acts on.</summary>
    public required IReadOnlyList<int> Atoms { get; init; }

    /// <summary>Where on the molecule, for explanations ("the piperidine ring").</summary>
    public required string Where { get; init; }

    /// <summary>For substituent and nitrogen sites: the classes allowed; empty with <see cref="AnyGroup"/>.</summary>
    public IReadOnlySet<SubstituentClass> Allowed { get; init; } = new HashSet<SubstituentClass>();

    /// <summary>Any group is allowed ("derivatives and analogues", "whether or not further substituted").</summary>
    public bool AnyGroup { get; init; }

    /// <summary>The list of classes is illustrative ("等", "etc."): other classes are a review, not a miss.</summary>
    public bool OpenList { get; init; }

    /// <summary>Classes that are the reference substance's own and so are no modification (e.g. the oxo of 4-piperidone).</summary>
    public IReadOnlySet<SubstituentClass> ReferenceClasses { get; init; } = new HashSet<SubstituentClass>();

    /// <summary>For acyl, ring and replace sites: canonical SMILES of the reference group (e.g. "CC" for propionyl's ethyl).</summary>
    public string? Reference { get; init; }

    /// <summary>For ring sites: the shape of ring accepted.</summary>
    public RingShape Ring { get; init; } = RingShape.Any;

    /// <summary>For ring sites: when the ring is still the reference ring, its substituents belong to this clause instead.</summary>
    public string? ReferenceRingClause { get; init; }

    /// <summary>For ring sites: classes the <see cref="ReferenceRingClause"/> allows on the reference ring.</summary>
    public IReadOnlySet<SubstituentClass> ReferenceRingAllowed { get; init; } = new HashSet<SubstituentClass>();

    /// <summary>Why a modification here needs review (the clause is ambiguous), or null.</summary>
    public string? Review { get; init; }

    /// <summary>Date this clause took effect, when later than the definition's own (e.g. "its halides" added 2023-11-30).</summary>
    public string? Effective { get; init; }
}
