using Cordon.Chemistry;

namespace Cordon.Regulation.Loading;

/// <summary>Everything the classifiers need from one listed SMILES, derived once however many lists hold it.</summary>
internal sealed record DerivedStructure(string StereoKey, string FlatKey, string MirrorKey, bool HasStereo, Fingerprint Similarity, int AtomCount,
    string Formula, string SkeletonKey, IReadOnlyDictionary<string, int> AtomSignatures, string RecordedFormula)
{
    /// <summary>Parses and standardises a SMILES; throws <see cref="ChemistryException"/> when it does not parse.</summary>
    public static DerivedStructure From(string smiles)
    {
        using var molecule = Molecule.FromSmiles(smiles);
        using var standard = molecule.Standardize();
        using var mirror = standard.Parent.Mirror();
        var parent = standard.Parent;
        return new DerivedStructure(parent.ToSmiles(withStereo: true), parent.ToSmiles(withStereo: false), mirror.ToSmiles(withStereo: true),
            parent.StereoCount > 0, parent.MorganFingerprint(), parent.AtomCount, parent.Formula(), parent.SkeletonKey(),
            Regulation.AtomSignatures.Count(parent.Graph()), molecule.Formula());
    }

    /// <summary>The structure as one entry's.</summary>
    public SubstanceStructure For(Substance substance) => new(substance, StereoKey, FlatKey, MirrorKey, HasStereo)
    {
        Similarity = Similarity,
        AtomCount = AtomCount,
        Formula = Formula,
        SkeletonKey = SkeletonKey,
        AtomSignatures = AtomSignatures,
    };
}
