using Cordon.Chemistry;

namespace Cordon.Regulation.Definitions;

/// <summary>Names the class of a substituent from the graph: halo, hydroxyl, alkyl, alkoxyl, ester, amide…</summary>
public static class SubstituentClassifier
{
    private const int C = 6, N = 7, O = 8;

    /// <summary>Classifies the group <paramref name="atoms"/>, attached through <paramref name="attachments"/> (group atom, core atom) pairs.</summary>
    public static SubstituentClass Classify(MoleculeGraph graph, IReadOnlySet<int> atoms, IReadOnlyList<(int Group, int Core)> attachments)
    {
        if (attachments.Count == 0)
        {
            return SubstituentClass.Other;
        }

        if (attachments.Count > 1)
        {
            return IsCyclicAcetal(graph, atoms, attachments) ? SubstituentClass.CyclicAcetal : SubstituentClass.Other;
        }

        var (head, core) = attachments[0];
        var a = graph.Atoms[head];
        var order = graph.BondOrder(head, core);
        if (atoms.Count == 1)
        {
            if (a.IsHalogen && order == 1) return SubstituentClass.Halo;
            if (a.Element == O && order == 2) return SubstituentClass.Oxo;
            if (a.Element == O && order == 1 && a.Hydrogens == 1) return SubstituentClass.Hydroxyl;
        }

        if (order != 1 || atoms.Any(i => graph.Atoms[i].RingCount > 0))
        {
            return SubstituentClass.Other;
        }

        if (IsNitro(graph, atoms, head)) return SubstituentClass.Nitro;

        var elements = atoms.Select(i => graph.Atoms[i].Element).ToList();
        var bonds = InnerBonds(graph, atoms).ToList();
        if (a.Element == C && elements.All(e => e == C))
        {
            if (bonds.All(b => b.Order == 1)) return SubstituentClass.Alkyl;
            if (bonds.Any(b => b.Order == 2) && bonds.All(b => b.Order <= 2)) return SubstituentClass.Alkenyl;
            return SubstituentClass.Other;
        }

        if (a.Element == C && elements.All(e => e == C || e is 9 or 17 or 35 or 53) && bonds.All(b => b.Order == 1))
        {
            return SubstituentClass.Haloalkyl;
        }

        if (a.Element == O && a.Hydrogens == 0 && IsAlkylChain(graph, atoms, head)) return SubstituentClass.Alkoxyl;
        if (a.Element == C && IsCarbonyl(graph, head, atoms, out var carbonylO))
        {
            var rest = graph.Neighbours(head).Where(n => atoms.Contains(n) && n != carbonylO).ToList();
            if (rest.Count == 1 && graph.Atoms[rest[0]].Element == O && graph.BondOrder(head, rest[0]) == 1)
            {
                return graph.Atoms[rest[0]].Hydrogens == 0 ? SubstituentClass.Alkoxycarbonyl : SubstituentClass.Other;
            }

            if (rest.Count == 0 || (rest.Count == 1 && graph.Atoms[rest[0]].Element == C))
            {
                return SubstituentClass.Acyl;
            }

            return SubstituentClass.Other;
        }

        if (a.Element == O && a.Hydrogens == 0)
        {
            var next = graph.Neighbours(head).Where(atoms.Contains).ToList();
            if (next.Count == 1 && IsCarbonyl(graph, next[0], atoms, out _)) return SubstituentClass.Acyloxy;
        }

        if (a.Element == C && elements.Count(e => e == O) == 1 && elements.All(e => e is C or O) && bonds.All(b => b.Order == 1))
        {
            var oxygen = atoms.First(i => graph.Atoms[i].Element == O);
            if (graph.Atoms[oxygen].Hydrogens == 0) return SubstituentClass.Ether;
        }

        if (a.Element == N && !a.Aromatic && a.Charge == 0 && elements.Count(e => e == N) == 1 && elements.All(e => e is C or N)
            && bonds.All(b => b.Order == 1))
        {
            return SubstituentClass.Amino;
        }

        return SubstituentClass.Other;
    }

    private static bool IsCarbonyl(MoleculeGraph graph, int carbon, IReadOnlySet<int> atoms, out int oxygen)
    {
        foreach (var n in graph.Neighbours(carbon))
        {
            if (atoms.Contains(n) && graph.Atoms[n].Element == O && graph.BondOrder(carbon, n) == 2)
            {
                oxygen = n;
                return true;
            }
        }

        oxygen = -1;
        return false;
    }

    // The oxygen and then only saturated carbons: -O-CH3, -O-CH2CH3…
    private static bool IsAlkylChain(MoleculeGraph graph, IReadOnlySet<int> atoms, int head) =>
        atoms.Where(i => i != head).All(i => graph.Atoms[i].Element == C)
        && InnerBonds(graph, atoms).All(b => b.Order == 1)
        && graph.Neighbours(head).Count(atoms.Contains) == 1;

    private static bool IsNitro(MoleculeGraph graph, IReadOnlySet<int> atoms, int head) =>
        atoms.Count == 3 && graph.Atoms[head].Element == N
        && atoms.Where(i => i != head).All(i => graph.Atoms[i].Element == O);

    private static bool IsCyclicAcetal(MoleculeGraph graph, IReadOnlySet<int> atoms, IReadOnlyList<(int Group, int Core)> attachments) =>
        attachments.Count == 2 && attachments[0].Core == attachments[1].Core
        && attachments.All(x => graph.Atoms[x.Group].Element == O && graph.BondOrder(x.Group, x.Core) == 1)
        && atoms.All(i => graph.Atoms[i].Element is C or O);

    private static IEnumerable<GraphBond> InnerBonds(MoleculeGraph graph, IReadOnlySet<int> atoms) =>
        graph.Bonds.Where(b => atoms.Contains(b.Begin) && atoms.Contains(b.End));
}
