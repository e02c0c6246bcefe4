namespace Cordon.Regulation.Definitions;

/// <summary>A group hanging off the core: its atoms, the core atoms it is bonded to, and its class.</summary>
/// <param name="Atoms">Atoms of the group.</param>
/// <param name="CoreAtoms">The core (or region) atoms it is attached to.</param>
/// <param name="Class">Its chemical class.</param>
/// <param name="Smiles">Canonical SMILES of the group, for explanations.</param>
public sealed record Substituent(IReadOnlySet<int> Atoms, IReadOnlySet<int> CoreAtoms, SubstituentClass Class, string Smiles);
