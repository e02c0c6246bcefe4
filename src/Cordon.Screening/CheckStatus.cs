namespace Cordon.Screening;

/// <summary>The verdict on one query.</summary>
public enum CheckStatus
{
    /// <summary>Listed, or caught by a class definition, in at least one jurisdiction.</summary>
    Controlled,

    /// <summary>Not controlled, but close to a controlled substance: a lead, never "controlled".</summary>
    Suspect,

    /// <summary>Understood, and no listing matches.</summary>
    Clear,

    /// <summary>The input was not understood; never silently clear.</summary>
    Unresolved,
}
