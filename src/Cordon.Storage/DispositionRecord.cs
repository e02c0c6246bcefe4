namespace Cordon.Storage;

/// <summary>One decision on a row, kept for the row's history.</summary>
public sealed record DispositionRecord(long Id, long RowId, DateTimeOffset At, string Actor, string Disposition, string? Note);
