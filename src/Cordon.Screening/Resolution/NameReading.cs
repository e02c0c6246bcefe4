using Cordon.Regulation;
using Cordon.Screening.Extraction;

namespace Cordon.Screening.Resolution;

/// <summary>What <see cref="NameResolver"/> made of a name: knowledge-base entries or a structure, how it was read, and the
/// words taken off; or why it could not be read, with any shorter names found inside it.</summary>
public sealed record NameReading
{
    /// <summary>How the name was read (name, misspelled name, systematic name); null when it was not.</summary>
    public MentionKind? How { get; init; }

    /// <summary>Knowledge-base entries the name (or its core) names; empty for a systematic name.</summary>
    public IReadOnlyList<Substance> Entries { get; init; } = [];

    /// <summary>SMILES from OPSIN for a systematic name.</summary>
    public string? Smiles { get; init; }

    /// <summary>Salt, hydrate, grade, purity and packaging words taken off.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>True when a removed word names a salt.</summary>
    public bool NamesSalt { get; init; }

    /// <summary>How it was read (the misspelling and its distance, OPSIN's answer).</summary>
    public string? Note { get; init; }

    /// <summary>Why the name could not be read; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Knowledge-base names found inside a name that could not be read as a whole (reported, never as fact).</summary>
    public IReadOnlyList<string> PartialNames { get; init; } = [];

    /// <summary>Names the unread name is as near to as a misspelling, of different substances (the error names them).</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>True when the name was read as a misspelling of a knowledge-base name, not found exactly.</summary>
    public bool IsMisspelling => How == MentionKind.FuzzyName;

    /// <summary>True when the name was read.</summary>
    public bool Succeeded => Error is null;
}
