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

    /// <summary>A known name inside a longer chemical word that could not be read as a whole: never reported as the
    /// shorter name's substance.</summary>
    PartialName,

    /// <summary>Letters or digits disguised inside a word (look-alike letters of another script, invisible characters,
    /// mathematical symbols), found by folding.</summary>
    DisguisedText,

    /// <summary>Part of the field was not read (longer than the bound, or too many mentions); the row cannot be clear.</summary>
    Unread,
}
