namespace Cordon.Storage;

/// <summary>A page of rows, filtered and sorted. Null filters match everything.</summary>
public sealed record RowQuery
{
    /// <summary>The sort keys <see cref="Sort"/> accepts; anything else is refused.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["score", "line", "risk", "status", "hs_code", "shipper", "consignee", "assignee", "id"];

    /// <summary>Only rows of this run; null for the queue across runs.</summary>
    public string? RunId { get; init; }

    /// <summary>Only rows with this status.</summary>
    public string? Status { get; init; }

    /// <summary>Only rows with this risk level.</summary>
    public string? Risk { get; init; }

    /// <summary>Only rows with a finding in this jurisdiction.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Only rows whose shipper, consignee or notify party contains this text.</summary>
    public string? Party { get; init; }

    /// <summary>Only rows whose HS code starts with this chapter (two digits).</summary>
    public string? HsChapter { get; init; }

    /// <summary>Only rows whose description contains this text.</summary>
    public string? Text { get; init; }

    /// <summary>Only rows whose shipper contains this text.</summary>
    public string? Shipper { get; init; }

    /// <summary>Only rows whose consignee contains this text.</summary>
    public string? Consignee { get; init; }

    /// <summary>Only rows whose origin or destination is this country (as declared, compared without case).</summary>
    public string? Country { get; init; }

    /// <summary>Only rows whose port of loading or of discharge contains this text.</summary>
    public string? Port { get; init; }

    /// <summary>Only rows of runs screened on or after this day (UTC).</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Only rows of runs screened on or before this day (UTC).</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Only rows a re-screen raised because the knowledge base changed ("new since kb A → B").</summary>
    public bool RaisedByKbOnly { get; init; }

    /// <summary>Only rows no one has disposed of yet (the queue).</summary>
    public bool UndecidedOnly { get; init; }

    /// <summary>Only rows a re-screen raised (their verdict changed with the law or a watch list).</summary>
    public bool RaisedOnly { get; init; }

    /// <summary>Only rows assigned to this user name.</summary>
    public string? Assignee { get; init; }

    /// <summary>Only rows assigned to no one.</summary>
    public bool UnassignedOnly { get; init; }

    /// <summary>Sort key, one of <see cref="SortKeys"/>: "score" (the default) ranks by risk score.</summary>
    public string Sort { get; init; } = "score";

    /// <summary>Sort direction; null for the key's natural one (score highest first, the others ascending). Ties go by row id.</summary>
    public bool? Descending { get; init; }

    /// <summary>Rows to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Rows to return (at most 500).</summary>
    public int Limit { get; init; } = 100;
}
