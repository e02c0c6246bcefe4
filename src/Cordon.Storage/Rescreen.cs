namespace Cordon.Storage;

/// <summary>A re-screen of a team's past runs against one knowledge base and set of watch lists: its cursor (run and last row
/// done) is saved with every batch, so a restart resumes it where it stopped.</summary>
public sealed record Rescreen
{
    /// <summary>Random id.</summary>
    public required string Id { get; init; }

    /// <summary>The team whose runs it re-screens.</summary>
    public required string Tenant { get; init; }

    /// <summary>Who asked for it ("cordon" when the server started it).</summary>
    public required string RequestedBy { get; init; }

    /// <summary>When it was asked for.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The knowledge-base version runs are brought up to.</summary>
    public required string KbVersion { get; init; }

    /// <summary>The watch-list version runs are brought up to.</summary>
    public required string WatchlistVersion { get; init; }

    /// <summary>Where it stands.</summary>
    public RunStatus Status { get; init; }

    /// <summary>The run being re-screened; null between runs.</summary>
    public string? CursorRun { get; init; }

    /// <summary>The last row id of <see cref="CursorRun"/> done.</summary>
    public long CursorRow { get; init; }

    /// <summary>Runs out of date when it started.</summary>
    public int RunsTotal { get; init; }

    /// <summary>Runs brought up to date.</summary>
    public int RunsDone { get; init; }

    /// <summary>Rows screened again.</summary>
    public long RowsChecked { get; init; }

    /// <summary>Rows whose verdict changed (each raised into the queue).</summary>
    public long RowsChanged { get; init; }

    /// <summary>Rows that could not be screened again (stored before the declaration was kept, or unreadable): counted, never skipped silently.</summary>
    public long RowsNotRescreenable { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
