/*
 * cordon_native.h - the C ABI between Cordon and RDKit.
 *
 * Contract
 * --------
 * - Every symbol carries the prefix `cdn_`; every integer is fixed width.
 * - Every function except the two free functions returns a status code
 *   (`CDN_OK` = 0 on success, a positive `CDN_E_*` value on failure). On
 *   failure no output parameter is written and `cdn_last_error()` returns a
 *   message for the calling thread; on success the message is left alone.
 * - No C++ exception ever leaves this library.
 * - Strings going in are UTF-8 with an explicit byte length (they need not be
 *   NUL-terminated). Strings and arrays coming out are owned by the library,
 *   NUL-terminated where they are text, and released with `cdn_free`.
 * - Handles (`cdn_mol`, `cdn_query`) are opaque, immutable after creation and
 *   safe to read from many threads at once; release each exactly once with
 *   its `*_free` function.
 * - Inputs are bounded (see the CDN_MAX_* constants); an input over a bound is
 *   refused with `CDN_E_LIMIT` before any expensive work starts.
 */
#ifndef CORDON_NATIVE_H
#define CORDON_NATIVE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define CDN_EXPORT __declspec(dllexport)
#else
#define CDN_EXPORT __attribute__((visibility("default")))
#endif

/* Status codes. */
#define CDN_OK 0
#define CDN_E_ARGUMENT 1 /* a null pointer, negative length or bad option */
#define CDN_E_PARSE 2    /* the input is not valid SMILES, SMARTS or molfile */
#define CDN_E_CHEMISTRY 3 /* parsed, but RDKit rejected the chemistry (valence, aromaticity) */
#define CDN_E_LIMIT 4    /* the input exceeds a bound below */
#define CDN_E_MEMORY 5   /* allocation failed */
#define CDN_E_INTERNAL 6 /* any other failure inside RDKit */

/* Bounds on hostile input. */
#define CDN_MAX_SMILES_BYTES 20000
#define CDN_MAX_MOLBLOCK_BYTES 1048576
#define CDN_MAX_ATOMS 1000
#define CDN_MAX_DUMMY_ATOMS 16 /* unknown atoms (*): kekulisation can backtrack over chains of them */
#define CDN_MAX_BRANCH_DEPTH 100
#define CDN_MAX_SMARTS_BYTES 4000
#define CDN_MAX_QUERY_ATOMS 100
#define CDN_MAX_MATCHES 1000
#define CDN_MAX_PRODUCT_SETS 256 /* product sets cdn_mol_run_reaction returns at most */

/* Pattern fingerprint width used for substructure pre-screens, in bits. */
#define CDN_PATTERN_FP_BITS 2048

/* The version of this contract. Any change to an export's signature or meaning increments it; callers check it
 * (cdn_abi_version) before any other call and refuse a library of another version. */
#define CDN_ABI_VERSION 2

typedef struct cdn_mol cdn_mol;
typedef struct cdn_query cdn_query;

/* The calling thread's last error message; never NULL, "" when none.
 * The pointer stays valid until the thread's next failing call. */
CDN_EXPORT const char *cdn_last_error(void);

/* Releases a buffer returned by this library. NULL is allowed. */
CDN_EXPORT void cdn_free(void *buffer);

/* The ABI version the library was built with (CDN_ABI_VERSION). Returns CDN_OK. */
CDN_EXPORT int32_t cdn_abi_version(int32_t *out_version);

/* The RDKit version string, e.g. "2022.09.3". Returns CDN_OK. */
CDN_EXPORT int32_t cdn_rdkit_version(char **out_version);

/* Parses SMILES and sanitises it. *out_mol receives a new handle. */
CDN_EXPORT int32_t cdn_mol_from_smiles(const char *smiles, int32_t length, cdn_mol **out_mol);

/* Parses one molfile / SDF record (V2000 or V3000) and sanitises it. */
CDN_EXPORT int32_t cdn_mol_from_molblock(const char *molblock, int32_t length, cdn_mol **out_mol);

/* Releases a molecule handle. NULL is allowed. */
CDN_EXPORT void cdn_mol_free(cdn_mol *mol);

/* Heavy-atom count. */
CDN_EXPORT int32_t cdn_mol_atom_count(const cdn_mol *mol, int32_t *out_count);

/* Canonical SMILES; with_stereo != 0 keeps stereochemistry. */
CDN_EXPORT int32_t cdn_mol_to_smiles(const cdn_mol *mol, int32_t with_stereo, char **out_smiles);

/* Hill-order molecular formula, with charge if any (e.g. "C22H28N2O"). */
CDN_EXPORT int32_t cdn_mol_formula(const cdn_mol *mol, char **out_formula);

/* Average molecular weight and monoisotopic mass, in daltons. */
CDN_EXPORT int32_t cdn_mol_mass(const cdn_mol *mol, double *out_average, double *out_monoisotopic);

/* Number of atoms with a specified (tetrahedral or double-bond) stereo label. */
CDN_EXPORT int32_t cdn_mol_stereo_count(const cdn_mol *mol, int32_t *out_count);

/* What cdn_mol_standardize did, as bits of *out_flags. */
#define CDN_STD_NEUTRALISED 1      /* charges on the parent were neutralised */
#define CDN_STD_ATOM_MAPS 2        /* atom-map numbers were cleared */
#define CDN_STD_ISOTOPES 4         /* isotope labels were removed (2H, 13C, ...) */
#define CDN_STD_CARBONYL_HYDRATE 8 /* a gem-diol was read as a carbonyl hydrate; its water is in *out_removed */

/*
 * Standardises to the parent: clears atom-map numbers and isotope labels,
 * splits fragments, keeps the largest organic fragment (carbon bonded to
 * hydrogen or carbon), drops the rest, and neutralises charges. A substance
 * with no organic fragment is kept whole and not neutralised, less any water
 * (sodium chloride stays "[Cl-].[Na+]", never "Cl"; "Cl.O" is hydrochloric
 * acid, "Cl"). On an organic parent, each gem-diol on a carbon bearing only
 * carbon or hydrogen otherwise (a carbonyl hydrate, not an ortho acid or
 * hemiaminal) becomes the carbonyl, and one "O" per water is added to the
 * removed list.
 * *out_parent receives a new handle; *out_removed receives the canonical
 * SMILES of each removed fragment, joined by '\n' ("" when nothing was
 * removed); *out_flags the CDN_STD_* bits of what was done.
 */
CDN_EXPORT int32_t cdn_mol_standardize(const cdn_mol *mol, cdn_mol **out_parent, char **out_removed,
                                       int32_t *out_flags);

/* Largest molecule (heavy atoms) cdn_mol_tautomer_key accepts. */
#define CDN_MAX_TAUTOMER_ATOMS 150

/*
 * A key shared by all tautomers of a molecule: the stereo-free canonical
 * SMILES of RDKit's canonical tautomer (MolStandardize TautomerEnumerator,
 * keto-enol, amide-imidic acid, lactam-lactim and the other standard rules).
 * It costs about a millisecond for a small molecule, so callers first compare
 * cdn_mol_skeleton_key, which every tautomer shares too. CDN_E_LIMIT above
 * CDN_MAX_TAUTOMER_ATOMS heavy atoms.
 */
CDN_EXPORT int32_t cdn_mol_tautomer_key(const cdn_mol *mol, char **out_key);

/*
 * A cheap key that every tautomer of a molecule shares (and many
 * non-tautomers too): the SMILES of the heavy-atom graph with every bond made
 * single, then a space and the molecular formula. Two molecules whose skeleton
 * keys differ are never tautomers.
 */
CDN_EXPORT int32_t cdn_mol_skeleton_key(const cdn_mol *mol, char **out_key);

/* Returns a molecule with every tetrahedral centre inverted (the mirror image). */
CDN_EXPORT int32_t cdn_mol_mirror(const cdn_mol *mol, cdn_mol **out_mirror);

/* Values per atom and per bond in cdn_mol_graph. */
#define CDN_ATOM_FIELDS 6
#define CDN_BOND_FIELDS 4

/*
 * The molecular graph, for rules that look beyond a substructure match.
 * *out_atoms: CDN_ATOM_FIELDS values per atom, in atom order: atomic number,
 *   formal charge, total hydrogens, aromatic (0/1), number of SSSR rings that
 *   contain the atom, heavy-atom degree.
 * *out_bonds: CDN_BOND_FIELDS values per bond: begin atom, end atom, order
 *   (1, 2, 3, or 4 for aromatic), in a ring (0/1).
 * *out_rings: the SSSR rings as [size, atom, atom, ...] repeated.
 * Each buffer is released with cdn_free (NULL when its count is 0).
 */
CDN_EXPORT int32_t cdn_mol_graph(const cdn_mol *mol, int32_t **out_atoms, int32_t *out_atom_count, int32_t **out_bonds,
                                 int32_t *out_bond_count, int32_t **out_rings, int32_t *out_rings_length);

/* Canonical SMILES of the fragment made of the given atoms (0-based, 1..CDN_MAX_ATOMS of them)
 * and the bonds between them, without stereochemistry. Used to name substituents in explanations. */
CDN_EXPORT int32_t cdn_mol_fragment_smiles(const cdn_mol *mol, const int32_t *atoms, int32_t atom_count, char **out_smiles);

/* Compiles a SMARTS pattern. *out_query receives a new handle. */
CDN_EXPORT int32_t cdn_query_from_smarts(const char *smarts, int32_t length, cdn_query **out_query);

/* Releases a query handle. NULL is allowed. */
CDN_EXPORT void cdn_query_free(cdn_query *query);

/* The atom-map number of each query atom ([C:3] gives 3; 0 when unmapped), in query atom order. */
CDN_EXPORT int32_t cdn_query_atom_maps(const cdn_query *query, int32_t **out_maps, int32_t *out_count);

/* Number of atoms in the query pattern. */
CDN_EXPORT int32_t cdn_query_atom_count(const cdn_query *query, int32_t *out_count);

/*
 * Finds up to max_matches (1..CDN_MAX_MATCHES) unique matches of query in mol.
 * *out_atoms receives match_count * atoms_per_match molecule atom indices,
 * match by match (NULL when there is no match); *out_match_count the number of
 * matches; *out_atoms_per_match the query's atom count.
 */
CDN_EXPORT int32_t cdn_substruct_match(const cdn_mol *mol, const cdn_query *query, int32_t max_matches,
                                       int32_t use_chirality, int32_t **out_atoms, int32_t *out_match_count,
                                       int32_t *out_atoms_per_match);

/* The CDN_PATTERN_FP_BITS-bit pattern fingerprint of a molecule, as
 * CDN_PATTERN_FP_BITS / 8 bytes, bit i in byte i / 8 at position i % 8. */
CDN_EXPORT int32_t cdn_mol_pattern_fp(const cdn_mol *mol, uint8_t **out_bytes, int32_t *out_length);

/* The pattern fingerprint of a query; a molecule can match only if every
 * bit set here is also set in the molecule's pattern fingerprint. */
CDN_EXPORT int32_t cdn_query_pattern_fp(const cdn_query *query, uint8_t **out_bytes, int32_t *out_length);

/* Morgan (ECFP-like) bit fingerprint; radius 1..4, bits a multiple of 8 in 64..16384. */
CDN_EXPORT int32_t cdn_mol_morgan_fp(const cdn_mol *mol, int32_t radius, int32_t bits, uint8_t **out_bytes,
                                     int32_t *out_length);

/*
 * 2D depiction as an SVG document of width x height pixels (50..4000), with
 * the given atoms (0-based indices, may be NULL when highlight_count is 0)
 * highlighted. A title, if not NULL, is drawn as the legend.
 */
CDN_EXPORT int32_t cdn_mol_to_svg(const cdn_mol *mol, const int32_t *highlight_atoms, int32_t highlight_count,
                                  int32_t width, int32_t height, const char *legend, int32_t legend_length,
                                  char **out_svg);

/*
 * Applies a one-reactant reaction SMARTS (at most CDN_MAX_SMARTS_BYTES, CDN_MAX_QUERY_ATOMS
 * template atoms) to mol and returns up to max_sets (1..CDN_MAX_PRODUCT_SETS) product sets:
 * *out_products receives the sets joined by '\n', each the isomeric canonical SMILES of its
 * sanitised products joined by '.' ("" when the template does not match); *out_set_count the
 * number of sets. A set whose products do not sanitise is left out. Cordon uses it as a matching
 * rule: a query is read as, for example, the ester of the structures a set names.
 */
CDN_EXPORT int32_t cdn_mol_run_reaction(const cdn_mol *mol, const char *smarts, int32_t length, int32_t max_sets,
                                        char **out_products, int32_t *out_set_count);

#ifdef __cplusplus
}
#endif

#endif /* CORDON_NATIVE_H */
