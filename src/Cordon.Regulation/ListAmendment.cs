namespace Cordon.Regulation;

/// <summary>The latest amendment a list file reflects: its date and the instrument, at its official publisher.</summary>
public sealed record ListAmendment(string Date, string Instrument, string Url);
