namespace Cordon.Storage;

/// <summary>One screening job: its input, the options and knowledge base it ran with, who started it, and how far it got.</summary>
public sealed record ScreeningRun
{
    /// <summary>Random id (not guessable; every read is also checked against the caller's team).</summary>
    public required string Id { get; init; }

    /// <summary>The team that owns it.</summary>
    public required string Tenant { get; init; }

    /// <summary>Who started it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was started.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The uploaded file's name.</summary>
    public required string InputName { get; init; }

    /// <summary>SHA-256 of the uploaded bytes.</summary>
    public required string InputSha256 { get; init; }

    /// <summary>The options as JSON (jurisdictions, as-of, mapping).</summary>
    public required string Options { get; init; }

    /// <summary>The knowledge-base version it ran against (moved on by a re-screen that brought it up to date).</summary>
    public required string KbVersion { get; init; }

    /// <summary>The watch lists it ran against (<c>"none"</c> without any); null for runs stored before schema version 2.</summary>
    public string? WatchlistVersion { get; init; }

    /// <summary>Where it stands.</summary>
    public RunStatus Status { get; init; }

    /// <summary>Rows stored (0 until complete).</summary>
    public int Rows { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
