namespace Cordon.Contracts.Knowledge;

/// <summary>Where the law says it: the place in the consolidated text, the instrument that made it law, and its official URL.</summary>
public sealed record KbCitation(string Section, string Instrument, string Url);
