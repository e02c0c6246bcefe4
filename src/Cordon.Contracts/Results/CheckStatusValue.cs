namespace Cordon.Contracts.Results;

/// <summary>The verdict of a check or of a declaration row (JSON: controlled, suspect, clear, unresolved).</summary>
public enum CheckStatusValue
{
    /// <summary>A listing or class definition controls it.</summary>
    Controlled,

    /// <summary>An analogue alert or partial reading: a person should look.</summary>
    Suspect,

    /// <summary>Nothing controls it.</summary>
    Clear,

    /// <summary>It could not be read.</summary>
    Unresolved,
}
