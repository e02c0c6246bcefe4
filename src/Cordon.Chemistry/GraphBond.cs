namespace Cordon.Chemistry;

/// <summary>One bond of a <see cref="MoleculeGraph"/>: order 1, 2, 3, or 4 for aromatic.</summary>
public readonly record struct GraphBond(int Begin, int End, int Order, bool InRing)
{
    /// <summary>The atom at the other end from <paramref name="atom"/>.</summary>
    public int Other(int atom) => atom == Begin ? End : Begin;
}
