using System.Runtime.InteropServices;

namespace Cordon.Chemistry.Interop;

/// <summary>The P/Invoke declarations of native/include/cordon_native.h; the only place that names the shim.</summary>
internal static unsafe partial class NativeMethods
{
    internal const string Library = "cordon_native";

    /// <summary>The contract version this code is written against (CDN_ABI_VERSION in cordon_native.h).</summary>
    internal const int AbiVersion = 2;

    // Runs before the first call into the shim, so the resolver is in place when the library is first needed.
    static NativeMethods() => NativeLibraryResolver.Register();

    [LibraryImport(Library)]
    internal static partial byte* cdn_last_error();

    [LibraryImport(Library)]
    internal static partial void cdn_free(void* buffer);

    [LibraryImport(Library)]
    internal static partial int cdn_abi_version(out int version);

    [LibraryImport(Library)]
    internal static partial int cdn_rdkit_version(out byte* version);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_from_smiles(byte* smiles, int length, out SafeMoleculeHandle mol);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_from_molblock(byte* molblock, int length, out SafeMoleculeHandle mol);

    [LibraryImport(Library)]
    internal static partial void cdn_mol_free(IntPtr mol);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_atom_count(SafeMoleculeHandle mol, out int count);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_to_smiles(SafeMoleculeHandle mol, int withStereo, out byte* smiles);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_formula(SafeMoleculeHandle mol, out byte* formula);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_mass(SafeMoleculeHandle mol, out double average, out double monoisotopic);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_stereo_count(SafeMoleculeHandle mol, out int count);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_standardize(SafeMoleculeHandle mol, out SafeMoleculeHandle parent, out byte* removed, out int flags);

    // Bits of cdn_mol_standardize's flags (CDN_STD_* in the header).
    internal const int StandardizedNeutralised = 1;
    internal const int StandardizedAtomMaps = 2;
    internal const int StandardizedIsotopes = 4;
    internal const int StandardizedCarbonylHydrate = 8;

    [LibraryImport(Library)]
    internal static partial int cdn_mol_tautomer_key(SafeMoleculeHandle mol, out byte* key);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_skeleton_key(SafeMoleculeHandle mol, out byte* key);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_mirror(SafeMoleculeHandle mol, out SafeMoleculeHandle mirror);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_graph(SafeMoleculeHandle mol, out int* atoms, out int atomCount, out int* bonds, out int bondCount,
        out int* rings, out int ringsLength);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_fragment_smiles(SafeMoleculeHandle mol, int* atoms, int atomCount, out byte* smiles);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_run_reaction(SafeMoleculeHandle mol, byte* smarts, int length, int maxSets, out byte* products,
        out int setCount);

    [LibraryImport(Library)]
    internal static partial int cdn_query_atom_maps(SafeQueryHandle query, out int* maps, out int count);

    [LibraryImport(Library)]
    internal static partial int cdn_query_from_smarts(byte* smarts, int length, out SafeQueryHandle query);

    [LibraryImport(Library)]
    internal static partial void cdn_query_free(IntPtr query);

    [LibraryImport(Library)]
    internal static partial int cdn_query_atom_count(SafeQueryHandle query, out int count);

    [LibraryImport(Library)]
    internal static partial int cdn_substruct_match(SafeMoleculeHandle mol, SafeQueryHandle query, int maxMatches, int useChirality,
        out int* atoms, out int matchCount, out int atomsPerMatch);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_pattern_fp(SafeMoleculeHandle mol, out byte* bytes, out int length);

    [LibraryImport(Library)]
    internal static partial int cdn_query_pattern_fp(SafeQueryHandle query, out byte* bytes, out int length);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_morgan_fp(SafeMoleculeHandle mol, int radius, int bits, out byte* bytes, out int length);

    [LibraryImport(Library)]
    internal static partial int cdn_mol_to_svg(SafeMoleculeHandle mol, int* highlightAtoms, int highlightCount, int width, int height,
        byte* legend, int legendLength, out byte* svg);
}
