/* Pins the contract of cordon_native.h: status codes, messages, bounds and
 * ownership, on good and hostile input. Run by CTest. */
#include "cordon_native.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond)                                                      \
  do {                                                                   \
    if (!(cond)) {                                                       \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                        \
    }                                                                    \
  } while (0)

static int32_t parse(const char *smiles, cdn_mol **mol) {
  return cdn_mol_from_smiles(smiles, (int32_t)strlen(smiles), mol);
}

static char *canonical(const cdn_mol *mol) {
  char *out = NULL;
  CHECK(cdn_mol_to_smiles(mol, 1, &out) == CDN_OK);
  return out;
}

static void test_good_smiles(void) {
  cdn_mol *mol = NULL;
  CHECK(parse("CCC(=O)N(C1CCN(CCc2ccccc2)CC1)c1ccccc1", &mol) == CDN_OK);
  int32_t atoms = 0;
  CHECK(cdn_mol_atom_count(mol, &atoms) == CDN_OK && atoms == 25);
  char *formula = NULL;
  CHECK(cdn_mol_formula(mol, &formula) == CDN_OK && strcmp(formula, "C22H28N2O") == 0);
  double average = 0, mono = 0;
  CHECK(cdn_mol_mass(mol, &average, &mono) == CDN_OK);
  CHECK(average > 336.4 && average < 336.5 && mono > 336.22 && mono < 336.23);
  cdn_free(formula);
  cdn_mol_free(mol);
}

static void test_bad_smiles(void) {
  cdn_mol *mol = (cdn_mol *)0x1;
  CHECK(parse("C1CC(", &mol) == CDN_E_PARSE);
  CHECK(mol == (cdn_mol *)0x1); /* outputs untouched on failure */
  CHECK(strstr(cdn_last_error(), "syntax error") != NULL);

  CHECK(parse("C(C)(C)(C)(C)C", &mol) == CDN_E_CHEMISTRY);
  CHECK(strstr(cdn_last_error(), "valence") != NULL);

  CHECK(parse("c1cccc1", &mol) == CDN_E_CHEMISTRY);
  CHECK(parse("", &mol) == CDN_E_PARSE);
  CHECK(cdn_mol_from_smiles(NULL, 3, &mol) == CDN_E_ARGUMENT);
  CHECK(cdn_mol_from_smiles("CC", -1, &mol) == CDN_E_ARGUMENT);
  CHECK(cdn_mol_from_smiles("CC", 2, NULL) == CDN_E_ARGUMENT);

  const char garbage[] = {(char)0xff, (char)0xfe, 0x01, 'C', (char)0x80, 0x7f, '%', '%'};
  int32_t status = cdn_mol_from_smiles(garbage, sizeof garbage, &mol);
  if (status != CDN_E_PARSE) fprintf(stderr, "garbage: %d %s\n", status, cdn_last_error());
  CHECK(status == CDN_E_PARSE);
  const char with_nul[] = {'C', 'C', 0, 'C'};
  CHECK(cdn_mol_from_smiles(with_nul, sizeof with_nul, &mol) == CDN_E_PARSE);
}

static void test_hostile_smiles(void) {
  cdn_mol *mol = NULL;
  /* 10,000 carbons. */
  char *big = malloc(10001);
  memset(big, 'C', 10000);
  big[10000] = 0;
  CHECK(parse(big, &mol) == CDN_E_LIMIT);
  CHECK(strstr(cdn_last_error(), "limit") != NULL);
  free(big);

  /* 5,000 nested branches. */
  char *deep = malloc(15002);
  size_t k = 0;
  deep[k++] = 'C';
  for (int i = 0; i < 5000; ++i) { deep[k++] = '('; deep[k++] = 'C'; }
  for (int i = 0; i < 5000; ++i) deep[k++] = ')';
  deep[k] = 0;
  CHECK(parse(deep, &mol) == CDN_E_LIMIT);
  CHECK(strstr(cdn_last_error(), "nest") != NULL);
  free(deep);

  /* 19,000 dummy atoms count against the bound too. */
  char *stars = malloc(19001);
  memset(stars, '*', 19000);
  stars[19000] = 0;
  CHECK(parse(stars, &mol) == CDN_E_LIMIT);
  free(stars);

  /* Over the byte bound. */
  char *long_text = malloc(CDN_MAX_SMILES_BYTES + 2);
  memset(long_text, 'C', CDN_MAX_SMILES_BYTES + 1);
  long_text[CDN_MAX_SMILES_BYTES + 1] = 0;
  CHECK(parse(long_text, &mol) == CDN_E_LIMIT);
  free(long_text);
}

static const char *ACETONE_V2000 =
    "acetone\n  test\n\n"
    "  4  3  0  0  0  0  0  0  0  0999 V2000\n"
    "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
    "    1.2990    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
    "    2.5981    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
    "    1.2990    2.2500    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
    "  1  2  1  0\n  2  3  1  0\n  2  4  2  0\n"
    "M  END\n";

static const char *ACETONE_V3000 =
    "acetone\n  test\n\n"
    "  0  0  0     0  0            999 V3000\n"
    "M  V30 BEGIN CTAB\n"
    "M  V30 COUNTS 4 3 0 0 0\n"
    "M  V30 BEGIN ATOM\n"
    "M  V30 1 C 0 0 0 0\nM  V30 2 C 1.299 0.75 0 0\nM  V30 3 C 2.598 0 0 0\nM  V30 4 O 1.299 2.25 0 0\n"
    "M  V30 END ATOM\n"
    "M  V30 BEGIN BOND\n"
    "M  V30 1 1 1 2\nM  V30 2 1 2 3\nM  V30 3 2 2 4\n"
    "M  V30 END BOND\n"
    "M  V30 END CTAB\n"
    "M  END\n";

static void test_molblocks(void) {
  cdn_mol *mol = NULL;
  CHECK(cdn_mol_from_molblock(ACETONE_V2000, (int32_t)strlen(ACETONE_V2000), &mol) == CDN_OK);
  char *smiles = canonical(mol);
  CHECK(smiles && strcmp(smiles, "CC(C)=O") == 0);
  cdn_free(smiles);
  cdn_mol_free(mol);

  CHECK(cdn_mol_from_molblock(ACETONE_V3000, (int32_t)strlen(ACETONE_V3000), &mol) == CDN_OK);
  smiles = canonical(mol);
  CHECK(smiles && strcmp(smiles, "CC(C)=O") == 0);
  cdn_free(smiles);
  cdn_mol_free(mol);

  /* Truncated after the second atom line. */
  const char *cut = strstr(ACETONE_V2000, "    2.5981");
  CHECK(cdn_mol_from_molblock(ACETONE_V2000, (int32_t)(cut - ACETONE_V2000), &mol) == CDN_E_PARSE);
  CHECK(strlen(cdn_last_error()) > 0);

  /* A V3000 counts line that claims a million atoms. */
  const char *huge = "x\n\n\n  0  0  0     0  0            999 V3000\nM  V30 COUNTS 999999 0 0 0 0\nM  END\n";
  CHECK(cdn_mol_from_molblock(huge, (int32_t)strlen(huge), &mol) == CDN_E_LIMIT);

  CHECK(cdn_mol_from_molblock("", 0, &mol) == CDN_E_PARSE);

  /* A well-formed record with no atoms is refused, not passed on. */
  const char *empty = "empty\n  test\n\n  0  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n";
  CHECK(cdn_mol_from_molblock(empty, (int32_t)strlen(empty), &mol) == CDN_E_PARSE);
  CHECK(strstr(cdn_last_error(), "no atoms") != NULL);
}

/* 4-piperidone with atom-atom mapping: the V2000 atom block's mmm column and the V3000 aamap field
 * (the positional field after z; RDKit 2022.09 ignores a "MAP=" keyword). */
static const char *MAPPED_V2000 =
    "4-piperidone\n  mapped\n\n"
    "  7  7  0  0  0  0  0  0  0  0999 V2000\n"
    "    0.0000    1.5000    0.0000 O   0  0  0  0  0  0  0  0  0  1  0  0\n"
    "    0.0000    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  2  0  0\n"
    "    0.6495    0.3750    0.0000 C   0  0  0  0  0  0  0  0  0  3  0  0\n"
    "    0.6495   -0.3750    0.0000 C   0  0  0  0  0  0  0  0  0  4  0  0\n"
    "    0.0000   -0.7500    0.0000 N   0  0  0  0  0  0  0  0  0  5  0  0\n"
    "   -0.6495   -0.3750    0.0000 C   0  0  0  0  0  0  0  0  0  6  0  0\n"
    "   -0.6495    0.3750    0.0000 C   0  0  0  0  0  0  0  0  0  7  0  0\n"
    "  1  2  2  0\n  2  3  1  0\n  3  4  1  0\n  4  5  1  0\n  5  6  1  0\n  6  7  1  0\n  7  2  1  0\n"
    "M  END\n";

static const char *MAPPED_V3000 =
    "4-piperidone\n  mapped\n\n"
    "  0  0  0     0  0            999 V3000\n"
    "M  V30 BEGIN CTAB\n"
    "M  V30 COUNTS 7 7 0 0 0\n"
    "M  V30 BEGIN ATOM\n"
    "M  V30 1 O 0 1.5 0 1\n"
    "M  V30 2 C 0 0.75 0 2\n"
    "M  V30 3 C 0.6495 0.375 0 3\n"
    "M  V30 4 C 0.6495 -0.375 0 4\n"
    "M  V30 5 N 0 -0.75 0 5\n"
    "M  V30 6 C -0.6495 -0.375 0 6\n"
    "M  V30 7 C -0.6495 0.375 0 7\n"
    "M  V30 END ATOM\n"
    "M  V30 BEGIN BOND\n"
    "M  V30 1 2 1 2\nM  V30 2 1 2 3\nM  V30 3 1 3 4\nM  V30 4 1 4 5\nM  V30 5 1 5 6\nM  V30 6 1 6 7\nM  V30 7 1 7 2\n"
    "M  V30 END BOND\n"
    "M  V30 END CTAB\n"
    "M  END\n";

static void test_molfile_atom_maps(void) {
  const char *blocks[] = {MAPPED_V2000, MAPPED_V3000};
  for (int i = 0; i < 2; ++i) {
    cdn_mol *mol = NULL, *parent = NULL;
    char *removed = NULL;
    int32_t flags = 0;
    CHECK(cdn_mol_from_molblock(blocks[i], (int32_t)strlen(blocks[i]), &mol) == CDN_OK);
    if (mol == NULL) continue;
    char *raw = canonical(mol);
    CHECK(raw && strstr(raw, ":5]") != NULL); /* the map survives parsing... */
    CHECK(cdn_mol_standardize(mol, &parent, &removed, &flags) == CDN_OK);
    char *smiles = canonical(parent);
    CHECK(smiles && strcmp(smiles, "O=C1CCNCC1") == 0); /* ...and standardisation clears it */
    CHECK(flags == CDN_STD_ATOM_MAPS);
    cdn_free(raw);
    cdn_free(smiles);
    cdn_free(removed);
    cdn_mol_free(parent);
    cdn_mol_free(mol);
  }
}

static void standardized(const char *input, const char *parent, const char *removed, int32_t flags) {
  cdn_mol *mol = NULL, *out = NULL;
  char *gone = NULL;
  int32_t changed = -1;
  CHECK(parse(input, &mol) == CDN_OK);
  CHECK(cdn_mol_standardize(mol, &out, &gone, &changed) == CDN_OK);
  char *smiles = canonical(out);
  if (strcmp(smiles, parent) != 0 || strcmp(gone, removed) != 0 || changed != flags) {
    fprintf(stderr, "standardize(%s) = %s removed [%s] flags %d\n", input, smiles, gone, changed);
    ++failures;
  }
  cdn_free(smiles);
  cdn_free(gone);
  cdn_mol_free(out);
  cdn_mol_free(mol);
}

static void test_standardize(void) {
  standardized("CCC(=O)N(C1CC[NH+](CCc2ccccc2)CC1)c1ccccc1.[Cl-]", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
               "[Cl-]", 1);
  standardized("O=C1CCNCC1.Cl.O", "O=C1CCNCC1", "Cl\nO", 0);
  standardized("[Na+].[Cl-]", "[Cl-].[Na+]", "", 0);
  standardized("Cl", "Cl", "", 0);
  standardized("Cl.O", "Cl", "O", 0);
  standardized("O", "O", "", 0);
  standardized("[Na+].[Cl-].O", "[Cl-].[Na+]", "O", 0);
  standardized("CC(C)=O", "CC(C)=O", "", 0);

  /* Atom-map numbers are bookkeeping, not chemistry. */
  standardized("O=C1CC[NH:5]CC1", "O=C1CCNCC1", "", CDN_STD_ATOM_MAPS);
  /* Isotope labels go, explicit deuterium included; the flag says so. */
  standardized("[2H]C([2H])([2H])CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "",
               CDN_STD_ISOTOPES);
  standardized("[13CH3]CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "Cl",
               CDN_STD_ISOTOPES);
  /* A carbonyl hydrate written as the gem-diol is the carbonyl and water. */
  standardized("OC1(O)CCNCC1.Cl", "O=C1CCNCC1", "Cl\nO", CDN_STD_CARBONYL_HYDRATE);
  standardized("OC1(O)CC[NH2+]CC1.[Cl-]", "O=C1CCNCC1", "[Cl-]\nO", CDN_STD_NEUTRALISED | CDN_STD_CARBONYL_HYDRATE);
  standardized("OC(O)C(Cl)(Cl)Cl", "O=CC(Cl)(Cl)Cl", "O", CDN_STD_CARBONYL_HYDRATE);
  /* Not carbonyl hydrates: an ortho acid carbon, a hemiaminal-like carbon, a carboxylic acid, a 1,2-diol. */
  standardized("CC(O)(O)OC", "COC(C)(O)O", "", 0);
  standardized("CC(O)(O)N", "CC(N)(O)O", "", 0);
  standardized("CC(=O)O", "CC(=O)O", "", 0);
  standardized("OCC(O)C", "CC(O)CO", "", 0);
}

static char *key_of(const char *smiles, int32_t (*key)(const cdn_mol *, char **)) {
  cdn_mol *mol = NULL;
  char *out = NULL;
  CHECK(parse(smiles, &mol) == CDN_OK);
  CHECK(key(mol, &out) == CDN_OK);
  cdn_mol_free(mol);
  return out;
}

static int same_key(const char *a, const char *b, int32_t (*key)(const cdn_mol *, char **)) {
  char *ka = key_of(a, key), *kb = key_of(b, key);
  const int same = ka != NULL && kb != NULL && strcmp(ka, kb) == 0;
  cdn_free(ka);
  cdn_free(kb);
  return same;
}

static void test_tautomer_key(void) {
  /* Keto and enol of 4-piperidone; lactam and lactim; amide and imidic acid. */
  CHECK(same_key("O=C1CCNCC1", "OC1=CCNCC1", cdn_mol_tautomer_key));
  CHECK(same_key("O=c1cccc[nH]1", "Oc1ccccn1", cdn_mol_tautomer_key));
  CHECK(same_key("CC(N)=O", "CC(O)=N", cdn_mol_tautomer_key));
  CHECK(same_key("O=C1CCNCC1", "OC1=CCNCC1", cdn_mol_skeleton_key));
  /* Different substances keep different keys: the alcohol, and double-bond isomers (safrole, isosafrole). */
  CHECK(!same_key("O=C1CCNCC1", "OC1CCNCC1", cdn_mol_tautomer_key));
  CHECK(!same_key("O=C1CCNCC1", "OC1CCNCC1", cdn_mol_skeleton_key));
  CHECK(!same_key("C=CCc1ccc2c(c1)OCO2", "CC=Cc1ccc2c(c1)OCO2", cdn_mol_tautomer_key));
  CHECK(!same_key("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                  cdn_mol_tautomer_key));
  /* Stereo does not enter the key. */
  CHECK(same_key("C[C@H](N)Cc1ccccc1", "C[C@@H](N)Cc1ccccc1", cdn_mol_tautomer_key));

  cdn_mol *mol = NULL;
  char *out = (char *)0x1;
  CHECK(cdn_mol_tautomer_key(NULL, &out) == CDN_E_ARGUMENT);
  CHECK(cdn_mol_skeleton_key(NULL, &out) == CDN_E_ARGUMENT);
  CHECK(out == (char *)0x1);
  /* 160 carbons: over the tautomer bound. */
  char chain[161];
  memset(chain, 'C', 160);
  chain[160] = 0;
  CHECK(parse(chain, &mol) == CDN_OK);
  CHECK(cdn_mol_tautomer_key(mol, &out) == CDN_E_LIMIT);
  CHECK(strstr(cdn_last_error(), "tautomer") != NULL);
  cdn_mol_free(mol);
}

/* Charges that RDKit's valence model lets through but no atom can carry. */
static void test_impossible_charges(void) {
  cdn_mol *mol = NULL;
  const char *impossible[] = {"[NH4+2]", "[CH4+]", "[O-3]", "C[N+2](C)(C)C", "[H+2]", "[BH4+]", "[F-2]"};
  for (size_t i = 0; i < sizeof impossible / sizeof impossible[0]; ++i) {
    const int32_t status = parse(impossible[i], &mol);
    if (status != CDN_E_CHEMISTRY) fprintf(stderr, "%s: status %d\n", impossible[i], status);
    CHECK(status == CDN_E_CHEMISTRY);
    CHECK(strstr(cdn_last_error(), "impossible") != NULL || strstr(cdn_last_error(), "valence") != NULL);
  }
  const char *possible[] = {"[NH4+]", "[O-2]", "[N-3]", "[C-]#[O+]", "[BH4-]", "O=[N+]([O-])c1ccccc1", "C=[N+]=[N-]",
                            "[H+]", "[H-]", "[CH2]", "c1cc[nH]c1", "[O-][Mn](=O)(=O)=O", "CN(=O)=O"};
  for (size_t i = 0; i < sizeof possible / sizeof possible[0]; ++i) {
    const int32_t status = parse(possible[i], &mol);
    if (status != CDN_OK) fprintf(stderr, "%s: status %d %s\n", possible[i], status, cdn_last_error());
    CHECK(status == CDN_OK);
    if (status == CDN_OK) cdn_mol_free(mol);
  }
}

/* Found by the fuzzer: a chain of aromatic dummy atoms that cannot be kekulised made RDKit backtrack for minutes. */
static void test_aromatic_dummy_chain(void) {
  cdn_mol *mol = NULL;
  char smiles[200];
  strcpy(smiles, "OC1(C:");
  for (int i = 0; i < 60; ++i) strcat(smiles, "*");
  strcat(smiles, "CC1CC[C@@H]1)CCNCC1N");
  CHECK(parse(smiles, &mol) == CDN_E_LIMIT);
  CHECK(strstr(cdn_last_error(), "unknown atoms") != NULL);
  CHECK(parse("c1ccccc1*", &mol) == CDN_OK);
  cdn_mol_free(mol);
}

/* A radical in a larger molecule is a structure drawn without its hydrogens: refused, never classified. */
static void test_radicals(void) {
  cdn_mol *mol = NULL;
  const char *drawn_without_h[] = {"O=C1CC[N]CC1", "O=C1CC[CH]CC1", "CCC(=O)N(c1ccccc1)C1CC[N]CC1"};
  for (size_t i = 0; i < sizeof drawn_without_h / sizeof drawn_without_h[0]; ++i) {
    CHECK(parse(drawn_without_h[i], &mol) == CDN_E_CHEMISTRY);
    CHECK(strstr(cdn_last_error(), "radical") != NULL);
  }
  const char *small_radicals[] = {"[N]=O", "[O][O]", "[CH3]", "C[CH2]", "[O-][Mn](=O)(=O)=O"};
  for (size_t i = 0; i < sizeof small_radicals / sizeof small_radicals[0]; ++i) {
    const int32_t status = parse(small_radicals[i], &mol);
    if (status != CDN_OK) fprintf(stderr, "%s: status %d %s\n", small_radicals[i], status, cdn_last_error());
    CHECK(status == CDN_OK);
    if (status == CDN_OK) cdn_mol_free(mol);
  }
}

static void test_inorganic_fingerprint(void) {
  cdn_mol *mol = NULL, *parent = NULL;
  char *removed = NULL;
  int32_t neutralised = 0;
  CHECK(parse("[K+].[O-][Mn](=O)(=O)=O.O", &mol) == CDN_OK);
  CHECK(cdn_mol_standardize(mol, &parent, &removed, &neutralised) == CDN_OK);
  uint8_t *fp = NULL;
  int32_t length = 0;
  CHECK(cdn_mol_morgan_fp(parent, 2, 2048, &fp, &length) == CDN_OK);
  cdn_free(fp);
  cdn_free(removed);
  cdn_mol_free(parent);
  cdn_mol_free(mol);
}

static void test_mirror(void) {
  cdn_mol *mol = NULL, *mirror = NULL;
  CHECK(parse("C[C@H](NC)[C@H](O)c1ccccc1", &mol) == CDN_OK);
  CHECK(cdn_mol_mirror(mol, &mirror) == CDN_OK);
  char *a = canonical(mol), *b = canonical(mirror);
  CHECK(strcmp(a, b) != 0);
  cdn_mol *expected = NULL;
  CHECK(parse("C[C@@H](NC)[C@@H](O)c1ccccc1", &expected) == CDN_OK);
  char *c = canonical(expected);
  CHECK(strcmp(b, c) == 0);
  int32_t stereo = 0;
  CHECK(cdn_mol_stereo_count(mol, &stereo) == CDN_OK && stereo == 2);
  cdn_free(a); cdn_free(b); cdn_free(c);
  cdn_mol_free(mol); cdn_mol_free(mirror); cdn_mol_free(expected);
}

static void test_substructure(void) {
  cdn_mol *mol = NULL;
  cdn_query *query = NULL;
  CHECK(parse("CCC(=O)N(C1CCN(CCc2ccccc2)CC1)c1ccccc1", &mol) == CDN_OK);
  const char *piperidine = "C1CCNCC1";
  CHECK(cdn_query_from_smarts(piperidine, (int32_t)strlen(piperidine), &query) == CDN_OK);
  int32_t *atoms = NULL, count = 0, width = 0;
  CHECK(cdn_substruct_match(mol, query, 10, 0, &atoms, &count, &width) == CDN_OK);
  CHECK(count == 1 && width == 6 && atoms != NULL);
  cdn_free(atoms);

  const char *benzene = "c1ccccc1";
  cdn_query *ring = NULL;
  CHECK(cdn_query_from_smarts(benzene, (int32_t)strlen(benzene), &ring) == CDN_OK);
  CHECK(cdn_substruct_match(mol, ring, 1, 0, &atoms, &count, &width) == CDN_OK && count == 1);
  cdn_free(atoms);
  CHECK(cdn_substruct_match(mol, ring, 0, 0, &atoms, &count, &width) == CDN_E_ARGUMENT);

  /* Pattern fingerprints: every query bit is set in a matching molecule. */
  uint8_t *mol_fp = NULL, *query_fp = NULL;
  int32_t mol_len = 0, query_len = 0;
  CHECK(cdn_mol_pattern_fp(mol, &mol_fp, &mol_len) == CDN_OK && mol_len == CDN_PATTERN_FP_BITS / 8);
  CHECK(cdn_query_pattern_fp(query, &query_fp, &query_len) == CDN_OK && query_len == mol_len);
  for (int i = 0; i < mol_len; ++i) CHECK((query_fp[i] & ~mol_fp[i]) == 0);
  cdn_free(mol_fp);
  cdn_free(query_fp);

  uint8_t *morgan = NULL;
  int32_t morgan_len = 0;
  CHECK(cdn_mol_morgan_fp(mol, 2, 2048, &morgan, &morgan_len) == CDN_OK && morgan_len == 256);
  cdn_free(morgan);
  CHECK(cdn_mol_morgan_fp(mol, 9, 2048, &morgan, &morgan_len) == CDN_E_ARGUMENT);

  cdn_query *bad = NULL;
  CHECK(cdn_query_from_smarts("[C;", 3, &bad) == CDN_E_PARSE);
  cdn_query_free(ring);
  cdn_query_free(query);
  cdn_mol_free(mol);
}

static void test_graph(void) {
  cdn_mol *mol = NULL;
  CHECK(parse("O=C1CCNCC1", &mol) == CDN_OK);
  int32_t *atoms = NULL, *bonds = NULL, *rings = NULL, natoms = 0, nbonds = 0, nrings = 0;
  CHECK(cdn_mol_graph(mol, &atoms, &natoms, &bonds, &nbonds, &rings, &nrings) == CDN_OK);
  CHECK(natoms == 7 && nbonds == 7 && nrings == 7 && rings[0] == 6);
  CHECK(atoms[0] == 8 && atoms[4] == 0);                   /* O, in no ring */
  CHECK(atoms[CDN_ATOM_FIELDS + 0] == 6 && atoms[CDN_ATOM_FIELDS + 4] == 1); /* carbonyl C in one ring */
  CHECK(bonds[2] == 2 && bonds[3] == 0);                   /* C=O double, not in a ring */
  cdn_free(atoms); cdn_free(bonds); cdn_free(rings);
  int32_t ring_atoms[] = {1, 2, 3, 4, 5, 6};
  char *fragment = NULL;
  CHECK(cdn_mol_fragment_smiles(mol, ring_atoms, 6, &fragment) == CDN_OK && strcmp(fragment, "C1CCNCC1") == 0);
  cdn_free(fragment);
  int32_t bad_atoms[] = {42};
  CHECK(cdn_mol_fragment_smiles(mol, bad_atoms, 1, &fragment) == CDN_E_ARGUMENT);
  cdn_mol_free(mol);

  cdn_query *query = NULL;
  const char *mapped = "[C:1](=O)[N:7]";
  CHECK(cdn_query_from_smarts(mapped, (int32_t)strlen(mapped), &query) == CDN_OK);
  int32_t *maps = NULL, count = 0;
  CHECK(cdn_query_atom_maps(query, &maps, &count) == CDN_OK && count == 3);
  CHECK(maps[0] == 1 && maps[1] == 0 && maps[2] == 7);
  cdn_free(maps);
  cdn_query_free(query);
}

static void test_svg(void) {
  cdn_mol *mol = NULL;
  CHECK(parse("O=C1CCNCC1", &mol) == CDN_OK);
  int32_t atoms[] = {0, 1};
  char *svg = NULL;
  CHECK(cdn_mol_to_svg(mol, atoms, 2, 300, 200, "4-piperidone", 12, &svg) == CDN_OK);
  CHECK(svg && strstr(svg, "<svg") != NULL && strstr(svg, "</svg>") != NULL);
  cdn_free(svg);
  int32_t out_of_range[] = {99};
  CHECK(cdn_mol_to_svg(mol, out_of_range, 1, 300, 200, NULL, 0, &svg) == CDN_E_ARGUMENT);
  cdn_mol_free(mol);
}

/* Each thread parses good and bad input and must see only its own error. */
static void *worker(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 200; ++i) {
    cdn_mol *mol = NULL;
    if (parse("CCO", &mol) != CDN_OK) return (void *)1;
    cdn_mol_free(mol);
    if (id % 2 == 0) {
      if (parse("C1CC(", &mol) != CDN_E_PARSE || strstr(cdn_last_error(), "syntax") == NULL) return (void *)1;
    } else {
      if (parse("C(C)(C)(C)(C)C", &mol) != CDN_E_CHEMISTRY || strstr(cdn_last_error(), "valence") == NULL)
        return (void *)1;
    }
  }
  return NULL;
}

static void test_threads(void) {
  pthread_t threads[4];
  for (long i = 0; i < 4; ++i) pthread_create(&threads[i], NULL, worker, (void *)i);
  for (int i = 0; i < 4; ++i) {
    void *result = NULL;
    pthread_join(threads[i], &result);
    CHECK(result == NULL);
  }
}

static void test_reaction(void) {
  /* Ester bond read as acid + alcohol: (R)-2-butyl acetate gives acetic acid and (R)-2-butanol, stereo kept. */
  static const char *ESTER = "[C:1](=[O:4])!@[O:2]!@[#6:3]>>[C:1](=[O:4])O.[O:2][#6:3]";
  cdn_mol *mol = NULL;
  CHECK(parse("CC(=O)O[C@@H](C)CC", &mol) == CDN_OK);
  char *out = NULL;
  int32_t sets = -1;
  CHECK(cdn_mol_run_reaction(mol, ESTER, (int32_t)strlen(ESTER), 8, &out, &sets) == CDN_OK);
  CHECK(sets == 1 && out != NULL && strstr(out, "CC(=O)O") != NULL && strstr(out, "CC[C@H](C)O") != NULL);
  cdn_free(out);
  /* No match: an empty list. */
  cdn_mol *ether = NULL;
  CHECK(parse("C1CCOC1", &ether) == CDN_OK);
  out = NULL;
  CHECK(cdn_mol_run_reaction(ether, ESTER, (int32_t)strlen(ESTER), 8, &out, &sets) == CDN_OK);
  CHECK(sets == 0 && out != NULL && out[0] == '\0');
  cdn_free(out);
  /* Bad input: bounds, syntax, arguments; nothing written on failure. */
  out = NULL;
  CHECK(cdn_mol_run_reaction(mol, ESTER, (int32_t)strlen(ESTER), 0, &out, &sets) == CDN_E_ARGUMENT && out == NULL);
  CHECK(cdn_mol_run_reaction(mol, ESTER, (int32_t)strlen(ESTER), CDN_MAX_PRODUCT_SETS + 1, &out, &sets) == CDN_E_ARGUMENT);
  CHECK(cdn_mol_run_reaction(mol, "CCO", 3, 8, &out, &sets) == CDN_E_PARSE && out == NULL);
  CHECK(cdn_mol_run_reaction(mol, "[C:1(>>", 7, 8, &out, &sets) == CDN_E_PARSE);
  CHECK(strlen(cdn_last_error()) > 0);
  CHECK(cdn_mol_run_reaction(mol, "C.C>>CC", 7, 8, &out, &sets) == CDN_E_ARGUMENT);
  CHECK(cdn_mol_run_reaction(mol, ESTER, CDN_MAX_SMARTS_BYTES + 1, 8, &out, &sets) == CDN_E_LIMIT);
  CHECK(cdn_mol_run_reaction(NULL, ESTER, (int32_t)strlen(ESTER), 8, &out, &sets) == CDN_E_ARGUMENT && out == NULL);
  cdn_mol_free(mol);
  cdn_mol_free(ether);
}

int main(void) {
  char *version = NULL;
  CHECK(cdn_rdkit_version(&version) == CDN_OK && strlen(version) > 0);
  int32_t abi = 0;
  CHECK(cdn_abi_version(&abi) == CDN_OK && abi == CDN_ABI_VERSION);
  CHECK(cdn_abi_version(NULL) == CDN_E_ARGUMENT);
  cdn_free(version);
  test_good_smiles();
  test_bad_smiles();
  test_hostile_smiles();
  test_molblocks();
  test_standardize();
  test_tautomer_key();
  test_impossible_charges();
  test_radicals();
  test_aromatic_dummy_chain();
  test_molfile_atom_maps();
  test_inorganic_fingerprint();
  test_mirror();
  test_substructure();
  test_graph();
  test_svg();
  test_reaction();
  test_threads();
  if (failures == 0) printf("native contract: all checks passed\n");
  return failures == 0 ? 0 : 1;
}
