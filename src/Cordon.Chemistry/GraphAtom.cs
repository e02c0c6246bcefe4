namespace Cordon.Chemistry;

/// <summary>One atom of a <see cref="MoleculeGraph"/>.</summary>
/// <param name="Element">Atomic number.</param>
/// <param name="Charge">Formal charge.</param>
/// <param name="Hydrogens">Total hydrogens (implicit and explicit).</param>
/// <param name="Aromatic">True for aromatic atoms.</param>
/// <param name="RingCount">Number of SSSR rings that contain the atom.</param>
public readonly record struct GraphAtom(int Element, int Charge, int Hydrogens, bool Aromatic, int RingCount)
{
    /// <summary>True for F, Cl, Br and I.</summary>
    public bool IsHalogen => Element is 9 or 17 or 35 or 53;
}
