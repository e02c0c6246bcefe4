namespace Cordon.Screening.Declarations;

/// <summary>The verdict on one declaration.</summary>
public enum DeclarationStatus
{
    /// <summary>Controlled chemistry was found.</summary>
    Controlled,

    /// <summary>Only leads: analogues, ambiguous names, an HS code that names a precursor, reviews.</summary>
    Suspect,

    /// <summary>Read, and nothing of concern found.</summary>
    Clear,

    /// <summary>Read, but something in it could not be understood (a name OPSIN could not parse, an invalid CAS RN).</summary>
    Unresolved,

    /// <summary>The row could not be read.</summary>
    Error,
}
