namespace Cordon.Screening.Text;

/// <summary>One record of a delimited file: the line it starts on, its fields, and why it could not be read (null when it could).</summary>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Fields">The fields; for an error row, what could be read of its first line, each cut to a short echo.</param>
/// <param name="Error">Why the row is an error row, without the file name; null for a good row.</param>
internal sealed record DelimitedRow(int Line, IReadOnlyList<string> Fields, string? Error);
