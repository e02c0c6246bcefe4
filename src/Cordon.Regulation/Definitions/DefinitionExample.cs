namespace Cordon.Regulation.Definitions;

/// <summary>A structure a definition must match, or must not, with the reason: documentation and test in one.</summary>
public sealed record DefinitionExample(string Name, string Smiles, bool Matches, string? Why);
