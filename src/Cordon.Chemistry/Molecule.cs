using System.Text;
using Cordon.Chemistry.Interop;

namespace Cordon.Chemistry;

/// <summary>A sanitised molecule held by the chemistry toolkit. Immutable; safe to read from many threads.</summary>
public sealed unsafe class Molecule : IDisposable
{
    private readonly SafeMoleculeHandle _handle;

    private Molecule(SafeMoleculeHandle handle)
    {
        _handle = handle;
        LiveHandles.Opened();
    }

    /// <summary>Parses and sanitises SMILES.</summary>
    /// <exception cref="ChemistryException">The SMILES is invalid, impossible or too large.</exception>
    public static Molecule FromSmiles(string smiles)
    {
        ArgumentNullException.ThrowIfNull(smiles);
        var bytes = Encoding.UTF8.GetBytes(smiles);
        fixed (byte* p = bytes)
        {
            Ensure.Success(NativeMethods.cdn_mol_from_smiles(p, bytes.Length, out var handle));
            return new Molecule(handle);
        }
    }

    /// <summary>Parses and sanitises one molfile or SDF record (V2000 or V3000).</summary>
    /// <exception cref="ChemistryException">The record is malformed, impossible or too large.</exception>
    public static Molecule FromMolBlock(string molBlock)
    {
        ArgumentNullException.ThrowIfNull(molBlock);
        var bytes = Encoding.UTF8.GetBytes(molBlock);
        fixed (byte* p = bytes)
        {
            Ensure.Success(NativeMethods.cdn_mol_from_molblock(p, bytes.Length, out var handle));
            return new Molecule(handle);
        }
    }

    /// <summary>Number of heavy atoms.</summary>
    public int AtomCount
    {
        get
        {
            Ensure.Success(NativeMethods.cdn_mol_atom_count(_handle, out var count));
            return count;
        }
    }

    /// <summary>Number of specified stereocentres and stereo double bonds.</summary>
    public int StereoCount
    {
        get
        {
            Ensure.Success(NativeMethods.cdn_mol_stereo_count(_handle, out var count));
            return count;
        }
    }

    /// <summary>Canonical SMILES, with or without stereochemistry.</summary>
    public string ToSmiles(bool withStereo = true)
    {
        Ensure.Success(NativeMethods.cdn_mol_to_smiles(_handle, withStereo ? 1 : 0, out var text));
        return NativeBuffer.TakeString(text);
    }

    /// <summary>Hill-order molecular formula.</summary>
    public string Formula()
    {
        Ensure.Success(NativeMethods.cdn_mol_formula(_handle, out var text));
        return NativeBuffer.TakeString(text);
    }

    /// <summary>Average molecular weight and monoisotopic mass, in daltons.</summary>
    public (double Average, double Monoisotopic) Mass()
    {
        Ensure.Success(NativeMethods.cdn_mol_mass(_handle, out var average, out var mono));
        return (average, mono);
    }

    /// <summary>Reduces to the parent: labels cleared, largest organic fragment, neutralised, carbonyl hydrates as the carbonyl;
    /// says what was removed.</summary>
    public Standardization Standardize()
    {
        Ensure.Success(NativeMethods.cdn_mol_standardize(_handle, out var parent, out var removed, out var flags));
        var removedText = NativeBuffer.TakeString(removed);
        var fragments = removedText.Length == 0 ? [] : removedText.Split('\n');
        return new Standardization(new Molecule(parent), fragments, (flags & NativeMethods.StandardizedNeutralised) != 0)
        {
            AtomMapsCleared = (flags & NativeMethods.StandardizedAtomMaps) != 0,
            IsotopesRemoved = (flags & NativeMethods.StandardizedIsotopes) != 0,
            CarbonylHydrate = (flags & NativeMethods.StandardizedCarbonylHydrate) != 0,
        };
    }

    /// <summary>A key every tautomer shares: stereo-free SMILES of the canonical tautomer (about a millisecond; compare
    /// <see cref="SkeletonKey"/> first).</summary>
    /// <exception cref="ChemistryException">The molecule is over the tautomer bound (150 heavy atoms).</exception>
    public string TautomerKey()
    {
        Ensure.Success(NativeMethods.cdn_mol_tautomer_key(_handle, out var key));
        return NativeBuffer.TakeString(key);
    }

    /// <summary>A cheap key every tautomer shares (heavy-atom graph and formula); different keys are never tautomers.</summary>
    public string SkeletonKey()
    {
        Ensure.Success(NativeMethods.cdn_mol_skeleton_key(_handle, out var key));
        return NativeBuffer.TakeString(key);
    }

    /// <summary>The mirror image: every tetrahedral centre inverted.</summary>
    public Molecule Mirror()
    {
        Ensure.Success(NativeMethods.cdn_mol_mirror(_handle, out var mirror));
        return new Molecule(mirror);
    }

    /// <summary>Finds up to <paramref name="maxMatches"/> unique matches of a query.</summary>
    public IReadOnlyList<SubstructureMatch> Matches(SubstructureQuery query, int maxMatches = 10, bool useChirality = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        Ensure.Success(NativeMethods.cdn_substruct_match(_handle, query.Handle, maxMatches, useChirality ? 1 : 0,
            out var atoms, out var count, out var width));
        var flat = NativeBuffer.TakeInts(atoms, count * width);
        var result = new SubstructureMatch[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = new SubstructureMatch(flat.AsSpan(i * width, width).ToArray());
        }

        return result;
    }

    /// <summary>True when the query matches at least once.</summary>
    public bool HasMatch(SubstructureQuery query) => Matches(query, maxMatches: 1).Count > 0;

    /// <summary>The atoms, bonds and rings, for rules that look beyond a substructure match.</summary>
    public MoleculeGraph Graph()
    {
        Ensure.Success(NativeMethods.cdn_mol_graph(_handle, out var atoms, out var atomCount, out var bonds, out var bondCount,
            out var rings, out var ringsLength));
        var atomValues = NativeBuffer.TakeInts(atoms, atomCount * MoleculeGraph.AtomFields);
        var bondValues = NativeBuffer.TakeInts(bonds, bondCount * MoleculeGraph.BondFields);
        var ringValues = NativeBuffer.TakeInts(rings, ringsLength);
        return MoleculeGraph.FromNative(atomValues, bondValues, ringValues);
    }

    /// <summary>Canonical SMILES (no stereo) of the fragment made of these atoms, e.g. to name a substituent.</summary>
    public string FragmentSmiles(IReadOnlyCollection<int> atoms)
    {
        var indices = atoms.ToArray();
        fixed (int* p = indices)
        {
            Ensure.Success(NativeMethods.cdn_mol_fragment_smiles(_handle, p, indices.Length, out var smiles));
            return NativeBuffer.TakeString(smiles);
        }
    }

    /// <summary>Most product sets <see cref="RunReaction"/> returns (CDN_MAX_PRODUCT_SETS).</summary>
    public const int MaxProductSets = 256;

    /// <summary>Applies a one-reactant reaction SMARTS, as a matching rule, and returns each product set as isomeric SMILES of its
    /// sanitised products (at most <paramref name="maxSets"/> sets; a set that does not sanitise is left out).</summary>
    /// <exception cref="ChemistryException">The reaction SMARTS is invalid or too large.</exception>
    public IReadOnlyList<IReadOnlyList<string>> RunReaction(string reactionSmarts, int maxSets = 64)
    {
        ArgumentNullException.ThrowIfNull(reactionSmarts);
        var bytes = System.Text.Encoding.UTF8.GetBytes(reactionSmarts);
        fixed (byte* p = bytes)
        {
            Ensure.Success(NativeMethods.cdn_mol_run_reaction(_handle, p, bytes.Length, maxSets, out var products, out var count));
            var text = NativeBuffer.TakeString(products);
            return count == 0 ? [] : text.Split('\n').Select(line => (IReadOnlyList<string>)line.Split('.')).ToArray();
        }
    }

    /// <summary>The pattern fingerprint used to pre-screen substructure queries.</summary>
    public Fingerprint PatternFingerprint()
    {
        Ensure.Success(NativeMethods.cdn_mol_pattern_fp(_handle, out var bytes, out var length));
        return Fingerprint.FromBytes(NativeBuffer.TakeBytes(bytes, length));
    }

    /// <summary>Morgan (ECFP-like) bit fingerprint for similarity.</summary>
    public Fingerprint MorganFingerprint(int radius = 2, int bits = 2048)
    {
        Ensure.Success(NativeMethods.cdn_mol_morgan_fp(_handle, radius, bits, out var bytes, out var length));
        return Fingerprint.FromBytes(NativeBuffer.TakeBytes(bytes, length));
    }

    /// <summary>A 2D depiction as SVG with the given atoms highlighted.</summary>
    public string ToSvg(IReadOnlyCollection<int>? highlightAtoms = null, int width = 400, int height = 300, string? legend = null)
    {
        var atoms = highlightAtoms?.ToArray() ?? [];
        var legendBytes = legend is null ? null : Encoding.UTF8.GetBytes(legend);
        fixed (int* a = atoms)
        fixed (byte* l = legendBytes)
        {
            Ensure.Success(NativeMethods.cdn_mol_to_svg(_handle, a, atoms.Length, width, height, l, legendBytes?.Length ?? 0, out var svg));
            return NativeBuffer.TakeString(svg);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();
}
