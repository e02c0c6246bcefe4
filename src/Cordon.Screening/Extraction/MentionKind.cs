namespace Cordon.Screening.Extraction;

/// <summary>How a chemical was found in free text.</summary>
public enum MentionKind
{
    /// <summary>A CAS RN with a valid check digit.</summary>
    Cas,

    /// <summary>A number labelled CAS whose check digit is wrong.</summary>
    InvalidCas,

    /// <summary>A name or synonym from the knowledge base, exactly (case, spacing and punctuation aside).</summary>
    Name,

    /// <summary>A name within a small edit distance of a knowledge-base name.</summary>
    FuzzyName,

    /// <summary>A name that means different substances, not settled by context.</summary>
    AmbiguousName,

    /// <summary>A systematic name parsed by OPSIN.</summary>
    SystematicName,

    /// <summary>A systematic-looking name OPSIN could not parse (or OPSIN is not installed).</summary>
    UnparsedName,
}
