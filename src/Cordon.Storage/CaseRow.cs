namespace Cordon.Storage;

/// <summary>One screened declaration row as kept: its verdict, the fields the queue filters on, the full result as JSON, and
/// its disposition with a version for optimistic concurrency.</summary>
public sealed record CaseRow
{
    /// <summary>Row id.</summary>
    public long Id { get; init; }

    /// <summary>The run it belongs to.</summary>
    public required string RunId { get; init; }

    /// <summary>The team that owns it.</summary>
    public required string Tenant { get; init; }

    /// <summary>1-based row of the input file.</summary>
    public required int Line { get; init; }

    /// <summary>Verdict: controlled, suspect, clear, unresolved, error.</summary>
    public required string Status { get; init; }

    /// <summary>Risk level: none, low, medium, high.</summary>
    public required string Risk { get; init; }

    /// <summary>Risk score 0..1.</summary>
    public required double Score { get; init; }

    /// <summary>Goods description.</summary>
    public string? Description { get; init; }

    /// <summary>Shipper.</summary>
    public string? Shipper { get; init; }

    /// <summary>Consignee.</summary>
    public string? Consignee { get; init; }

    /// <summary>Notify party.</summary>
    public string? NotifyParty { get; init; }

    /// <summary>Country or place of origin, as declared.</summary>
    public string? Origin { get; init; }

    /// <summary>Country or place of destination, as declared.</summary>
    public string? Destination { get; init; }

    /// <summary>Port of loading.</summary>
    public string? PortOfLoading { get; init; }

    /// <summary>Port of discharge.</summary>
    public string? PortOfDischarge { get; init; }

    /// <summary>Declared quantity or weight, as written.</summary>
    public string? Quantity { get; init; }

    /// <summary>Declared HS code.</summary>
    public string? HsCode { get; init; }

    /// <summary>Jurisdictions of the row's findings, comma-separated.</summary>
    public string? Jurisdictions { get; init; }

    /// <summary>The row's result in the screen JSON contract. A row read from the store always has it whole; a row being
    /// written may leave out its "scope" member and give it in <see cref="Scope"/>.</summary>
    public required string Result { get; init; }

    /// <summary>On a row being written: the "scope" member's JSON, left out of <see cref="Result"/> so that the store keeps
    /// each distinct scope once (every row of a run shares one); null when the result holds its scope. Null on rows read.</summary>
    public string? Scope { get; init; }

    /// <summary>The structures the row's findings rest on, with their matched atoms (empty when no finding has a structure).</summary>
    public IReadOnlyList<CaseStructure> Structures { get; init; } = [];

    /// <summary>The user name the row is assigned to, or null while unassigned.</summary>
    public string? Assignee { get; init; }

    /// <summary>The latest disposition, or null while undecided.</summary>
    public string? Disposition { get; init; }

    /// <summary>Incremented by every change: a disposition names the version it saw.</summary>
    public int Version { get; init; }

    /// <summary>The declaration as read (<c>{"row","line","headers","values","fields"}</c>), kept so the row can be re-screened;
    /// null for rows stored before schema version 2.</summary>
    public string? Record { get; init; }

    /// <summary>Why a re-screen raised the row back into the queue ("new since kb A → B", "new designee"); null if never raised.</summary>
    public string? RaisedReason { get; init; }

    /// <summary>What changed, as JSON: the findings gained and lost (list, entry, citation) and the versions compared.</summary>
    public string? RaisedCause { get; init; }

    /// <summary>When its run was screened (read from the run; not written with the row).</summary>
    public DateTimeOffset? ScreenedAt { get; init; }

    /// <summary>When a re-screen last raised it.</summary>
    public DateTimeOffset? RaisedAt { get; init; }
}
