namespace Cordon.Application;

/// <summary>How to screen a declarations file (the form fields of <c>POST /v1/screen</c>, the options of <c>cordon screen</c>).</summary>
/// <param name="InputName">The file's name as given (its extension says CSV/TSV, JSONL or XLSX).</param>
/// <param name="Jurisdictions">Comma-separated codes; null for all.</param>
/// <param name="AsOf">The day to answer for; null for today.</param>
/// <param name="Map">COLUMN=FIELD overrides of the column mapping.</param>
/// <param name="Encoding">Text encoding; null to detect.</param>
/// <param name="Network">Also weigh each shipper's and consignee's place in the supplier network (the file read twice: once to
/// build the network with the team's earlier rows, once to screen).</param>
public sealed record ScreenRequest(string InputName, string? Jurisdictions = null, DateOnly? AsOf = null, IReadOnlyList<string>? Map = null,
    string? Encoding = null, bool Network = false);
