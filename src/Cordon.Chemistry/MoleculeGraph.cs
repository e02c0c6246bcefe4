namespace Cordon.Chemistry;

/// <summary>A molecule's atoms, bonds and SSSR rings as plain data, for rule code that walks the graph.</summary>
public sealed class MoleculeGraph
{
    internal const int AtomFields = 6;
    internal const int BondFields = 4;

    private readonly List<GraphBond>[] _bondsOf;

    private MoleculeGraph(GraphAtom[] atoms, GraphBond[] bonds, int[][] rings)
    {
        Atoms = atoms;
        Bonds = bonds;
        Rings = rings;
        _bondsOf = new List<GraphBond>[atoms.Length];
        for (var i = 0; i < atoms.Length; i++)
        {
            _bondsOf[i] = [];
        }

        foreach (var bond in bonds)
        {
            _bondsOf[bond.Begin].Add(bond);
            _bondsOf[bond.End].Add(bond);
        }
    }

    /// <summary>Atoms in atom order.</summary>
    public IReadOnlyList<GraphAtom> Atoms { get; }

    /// <summary>Bonds in bond order.</summary>
    public IReadOnlyList<GraphBond> Bonds { get; }

    /// <summary>The smallest set of smallest rings, each as atom indices.</summary>
    public IReadOnlyList<int[]> Rings { get; }

    /// <summary>The bonds at an atom.</summary>
    public IReadOnlyList<GraphBond> BondsOf(int atom) => _bondsOf[atom];

    /// <summary>The neighbours of an atom.</summary>
    public IEnumerable<int> Neighbours(int atom) => _bondsOf[atom].Select(b => b.Other(atom));

    /// <summary>The order of the bond between two atoms, or 0 when they are not bonded.</summary>
    public int BondOrder(int a, int b)
    {
        foreach (var bond in _bondsOf[a])
        {
            if (bond.Other(a) == b)
            {
                return bond.Order;
            }
        }

        return 0;
    }

    /// <summary>Atoms reachable from <paramref name="start"/> without entering <paramref name="barrier"/>.</summary>
    public HashSet<int> Reach(int start, IReadOnlySet<int> barrier)
    {
        var seen = new HashSet<int> { start };
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            foreach (var next in Neighbours(stack.Pop()))
            {
                if (!barrier.Contains(next) && seen.Add(next))
                {
                    stack.Push(next);
                }
            }
        }

        return seen;
    }

    internal static MoleculeGraph FromNative(int[] atoms, int[] bonds, int[] rings)
    {
        var atomList = new GraphAtom[atoms.Length / AtomFields];
        for (var i = 0; i < atomList.Length; i++)
        {
            var o = i * AtomFields;
            atomList[i] = new GraphAtom(atoms[o], atoms[o + 1], atoms[o + 2], atoms[o + 3] != 0, atoms[o + 4]);
        }

        var bondList = new GraphBond[bonds.Length / BondFields];
        for (var i = 0; i < bondList.Length; i++)
        {
            var o = i * BondFields;
            bondList[i] = new GraphBond(bonds[o], bonds[o + 1], bonds[o + 2], bonds[o + 3] != 0);
        }

        var ringList = new List<int[]>();
        for (var k = 0; k < rings.Length;)
        {
            var size = rings[k];
            ringList.Add(rings.AsSpan(k + 1, size).ToArray());
            k += size + 1;
        }

        return new MoleculeGraph(atomList, bondList, ringList.ToArray());
    }
}
