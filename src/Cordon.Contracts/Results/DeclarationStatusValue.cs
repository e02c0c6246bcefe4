namespace Cordon.Contracts.Results;

/// <summary>The verdict of a declaration row (JSON: controlled, suspect, clear, unresolved, error).</summary>
public enum DeclarationStatusValue
{
    /// <summary>A mention is controlled.</summary>
    Controlled,

    /// <summary>Something a person should look at.</summary>
    Suspect,

    /// <summary>Nothing found.</summary>
    Clear,

    /// <summary>A mention could not be read.</summary>
    Unresolved,

    /// <summary>The row could not be read.</summary>
    Error,
}
