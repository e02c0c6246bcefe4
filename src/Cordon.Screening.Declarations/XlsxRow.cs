namespace Cordon.Screening.Declarations;

/// <summary>One worksheet row: its sheet row number, its cell texts by column, and why it cannot be screened (null when it can).</summary>
/// <param name="Number">The row number in the sheet (1-based), shown as the row's line.</param>
/// <param name="Values">Cell texts by column index (A = 0); a missing cell is "".</param>
/// <param name="Error">Why the row is an error row, or null.</param>
internal sealed record XlsxRow(int Number, IReadOnlyList<string> Values, string? Error);
