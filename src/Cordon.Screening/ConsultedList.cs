namespace Cordon.Screening;

/// <summary>One list an answer was checked against: its id and the latest amendment the rules reflect.</summary>
/// <param name="Id">The list id, e.g. "us.schedule-i".</param>
/// <param name="Jurisdiction">Its jurisdiction.</param>
/// <param name="LastAmended">The date of the latest amendment reflected (YYYY-MM-DD); null when the rules do not say.</param>
public sealed record ConsultedList(string Id, string Jurisdiction, string? LastAmended);
