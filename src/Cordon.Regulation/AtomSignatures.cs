using Cordon.Chemistry;

namespace Cordon.Regulation;

/// <summary>Atom environments (element, aromaticity, bonded neighbours) counted per molecule, to show which atoms of
/// a similar structure differ from a controlled one.</summary>
public static class AtomSignatures
{
    /// <summary>Counts of each atom signature in the graph.</summary>
    public static IReadOnlyDictionary<string, int> Count(MoleculeGraph graph)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Atoms.Count; i++)
        {
            var key = Of(graph, i);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>Atoms of <paramref name="graph"/> whose environment the reference does not have (or has fewer of),
    /// and how many of the reference's atoms have no counterpart here.</summary>
    public static (IReadOnlyList<int> Differing, int Missing) Compare(MoleculeGraph graph, IReadOnlyDictionary<string, int> reference)
    {
        var left = reference.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var differing = new List<int>();
        for (var i = 0; i < graph.Atoms.Count; i++)
        {
            var key = Of(graph, i);
            if (left.TryGetValue(key, out var n) && n > 0)
            {
                left[key] = n - 1;
            }
            else
            {
                differing.Add(i);
            }
        }

        return (differing, left.Values.Sum());
    }

    private static string Of(MoleculeGraph graph, int atom)
    {
        var a = graph.Atoms[atom];
        var neighbours = graph.BondsOf(atom)
            .Select(b => (graph.Atoms[b.Other(atom)].Element * 100) + (graph.Atoms[b.Other(atom)].Aromatic ? 10 : 0) + b.Order).Order();
        return $"{a.Element}{(a.Aromatic ? "a" : "")}{a.Hydrogens}:{string.Join(',', neighbours)}";
    }
}
