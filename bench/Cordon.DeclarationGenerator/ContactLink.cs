namespace Cordon.DeclarationGenerator;

/// <summary>A contact detail two or more distinct parties share (kind: phone, email, website, address), in normalised form.</summary>
public sealed record ContactLink(string Kind, string Value, IReadOnlyList<string> Parties, string Note);
