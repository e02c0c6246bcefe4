using Cordon.Chemistry;

namespace Cordon.Regulation.Definitions;

/// <summary>A definition with its core compiled once: the query and the query atom index of each atom-map number.</summary>
public sealed class CompiledDefinition
{
    private readonly Dictionary<int, int> _queryIndexOfMap = [];

    /// <summary>Compiles the core SMARTS; fails when a clause names an atom map the core lacks.</summary>
    /// <exception cref="ChemistryException">The core SMARTS is invalid.</exception>
    /// <exception cref="InvalidDataException">A clause names an atom map the core does not have.</exception>
    public CompiledDefinition(GenericDefinition definition)
    {
        Definition = definition;
        Core = SubstructureQuery.FromSmarts(definition.Core);
        for (var i = 0; i < Core.AtomMaps.Count; i++)
        {
            if (Core.AtomMaps[i] != 0)
            {
                _queryIndexOfMap[Core.AtomMaps[i]] = i;
            }
        }

        foreach (var site in definition.Sites)
        {
            foreach (var map in site.Atoms.Where(m => !_queryIndexOfMap.ContainsKey(m)))
            {
                throw new InvalidDataException($"clause ({site.Clause}) names atom map {map}, which the core SMARTS does not have");
            }
        }
    }

    /// <summary>The definition.</summary>
    public GenericDefinition Definition { get; }

    /// <summary>The compiled core.</summary>
    public SubstructureQuery Core { get; }

    /// <summary>The molecule atom matched by the core atom with this map number.</summary>
    public int AtomOf(SubstructureMatch match, int map) => match.Atoms[_queryIndexOfMap[map]];
}
