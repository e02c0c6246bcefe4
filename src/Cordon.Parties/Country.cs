namespace Cordon.Parties;

/// <summary>A country of ISO 3166-1: its two- and three-letter codes and its display name.</summary>
public sealed record Country(string Alpha2, string Alpha3, string Name);
