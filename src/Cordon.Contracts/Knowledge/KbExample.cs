namespace Cordon.Contracts.Knowledge;

/// <summary>A structure a class definition must match, or must not, with the reason: the definition's own tests.</summary>
public sealed record KbExample(string Name, string Smiles, bool Matches, string? Why);
