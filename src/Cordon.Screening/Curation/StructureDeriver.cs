using Cordon.Chemistry;
using Cordon.Regulation;
using Cordon.Screening.Extraction;

namespace Cordon.Screening.Curation;

/// <summary>Derives an entry's structure from the law's own name through OPSIN and checks it against independent public
/// structures (<c>cordon kb derive</c>): how each structure in <c>rules/</c> is obtained and checked.</summary>
public sealed class StructureDeriver(INameToStructure opsin, ReferenceStructureSet references, KnowledgeBase knowledgeBase)
{
    private readonly Lazy<ILookup<string, string>> _listed = new(() => knowledgeBase.Structures
        .Where(s => s.Substance.List is not null)
        .ToLookup(s => s.FlatKey, s => s.Substance.Id, StringComparer.Ordinal));

    /// <summary>Derives each (label, name-to-derive-from) pair, in one OPSIN batch.</summary>
    public IReadOnlyList<StructureDerivation> Derive(IReadOnlyList<(string Label, string DerivedFrom)> names)
    {
        var smiles = opsin.ToSmiles(names.Select(n => n.DerivedFrom).ToList());
        var results = new List<StructureDerivation>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            results.Add(Check(names[i].Label, names[i].DerivedFrom, smiles[i]));
        }

        return results;
    }

    private StructureDerivation Check(string label, string derivedFrom, string? opsinSmiles)
    {
        if (opsinSmiles is null)
        {
            return new StructureDerivation(label, derivedFrom, null, null, [], [], [], "OPSIN could not read the name");
        }

        string canonical, formula, key;
        try
        {
            using var molecule = Molecule.FromSmiles(opsinSmiles);
            canonical = molecule.ToSmiles(withStereo: true);
            formula = molecule.Formula();
            key = ReferenceStructureSet.KeyOf(opsinSmiles);
        }
        catch (ChemistryException e)
        {
            return new StructureDerivation(label, derivedFrom, null, null, [], [], [], $"OPSIN's structure does not parse: {e.Message}");
        }

        var agreeing = references.WithKey(key).ToList();
        var disagreeing = references.Named(label).Concat(references.Named(derivedFrom))
            .Where(r => r.Key != key).Distinct().ToList();
        var listed = _listed.Value[key].Distinct().ToList();
        return new StructureDerivation(label, derivedFrom, canonical, formula, agreeing, disagreeing, listed, null);
    }
}
