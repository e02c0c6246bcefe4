namespace Cordon.Storage;

/// <summary>Where a screening run stands.</summary>
public enum RunStatus
{
    /// <summary>Accepted, not started.</summary>
    Queued,

    /// <summary>Being screened; its rows are not visible until it completes.</summary>
    Running,

    /// <summary>Every row stored.</summary>
    Complete,

    /// <summary>Stopped with an error (or interrupted by a restart): no rows stored.</summary>
    Failed,
}
