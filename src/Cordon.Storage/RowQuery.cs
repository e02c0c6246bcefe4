namespace Cordon.Storage;

/// <summary>A page of rows, filtered and sorted. Null filters match everything.</summary>
public sealed record RowQuery
{
    /// <summary>Only rows of this run; null for the queue across runs.</summary>
    public string? RunId { get; init; }

    /// <summary>Only rows with this status.</summary>
    public string? Status { get; init; }

    /// <summary>Only rows with this risk level.</summary>
    public string? Risk { get; init; }

    /// <summary>Only rows with a finding in this jurisdiction.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Only rows whose shipper or consignee contains this text.</summary>
    public string? Party { get; init; }

    /// <summary>Only rows whose HS code starts with this chapter (two digits).</summary>
    public string? HsChapter { get; init; }

    /// <summary>Only rows whose description contains this text.</summary>
    public string? Text { get; init; }

    /// <summary>Only rows no one has disposed of yet (the queue).</summary>
    public bool UndecidedOnly { get; init; }

    /// <summary>Only rows a re-screen raised (their verdict changed with the law or a watch list).</summary>
    public bool RaisedOnly { get; init; }

    /// <summary>Sort: "score" (highest first, the default) or "line".</summary>
    public string Sort { get; init; } = "score";

    /// <summary>Rows to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Rows to return (at most 500).</summary>
    public int Limit { get; init; } = 100;
}
