namespace Cordon.Storage;

/// <summary>A page of rows and how many match in all.</summary>
public sealed record RowPage(IReadOnlyList<CaseRow> Rows, long Total);
