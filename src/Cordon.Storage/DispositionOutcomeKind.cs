namespace Cordon.Storage;

/// <summary>The kinds of <see cref="DispositionOutcome"/>.</summary>
public enum DispositionOutcomeKind
{
    /// <summary>Stored; the row's version moved on by one.</summary>
    Stored,

    /// <summary>The row's version is not the one the caller saw: nothing was written.</summary>
    Conflict,

    /// <summary>No row with that id in the caller's team.</summary>
    NotFound,
}
