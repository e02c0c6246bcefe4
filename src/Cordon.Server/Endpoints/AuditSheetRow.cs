using MiniExcelLibs.Attributes;

namespace Cordon.Server.Endpoints;

/// <summary>One audit entry as a spreadsheet row: the CSV export's columns, every cell text or a number (never a formula).</summary>
internal sealed record AuditSheetRow(
    [property: ExcelColumnName("id")] long Id,
    [property: ExcelColumnName("at")] string At,
    [property: ExcelColumnName("actor")] string Actor,
    [property: ExcelColumnName("action")] string Action,
    [property: ExcelColumnName("target")] string Target,
    [property: ExcelColumnName("before")] string? Before,
    [property: ExcelColumnName("after")] string? After);
