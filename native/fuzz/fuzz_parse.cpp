// libFuzzer target over the shim's parse entry points. The first byte picks the entry point
// (SMILES, molfile/SDF record, SMARTS); the rest is the input. Every molecule that parses is
// pushed through standardisation, the keys, fingerprints and a substructure match, so a crash
// anywhere downstream of a hostile parse shows up here. Built only with -DCORDON_FUZZ=ON (clang).
#include "cordon_native.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

// The contract says every failure leaves a message; an empty one is a bug worth stopping on.
void expect_message(int32_t status) {
  if (status != CDN_OK && std::strlen(cdn_last_error()) == 0) std::abort();
}

void exercise(const cdn_mol *mol) {
  char *text = nullptr;
  if (cdn_mol_to_smiles(mol, 1, &text) == CDN_OK) cdn_free(text);
  if (cdn_mol_formula(mol, &text) == CDN_OK) cdn_free(text);
  int32_t count = 0;
  expect_message(cdn_mol_atom_count(mol, &count));
  cdn_mol *parent = nullptr;
  char *removed = nullptr;
  int32_t flags = 0;
  const int32_t status = cdn_mol_standardize(mol, &parent, &removed, &flags);
  expect_message(status);
  if (status != CDN_OK) return;
  cdn_free(removed);
  if (cdn_mol_skeleton_key(parent, &text) == CDN_OK) cdn_free(text);
  // The tautomer key is bounded but slow on large inputs; small parents keep the fuzzer fast.
  if (cdn_mol_atom_count(parent, &count) == CDN_OK && count <= 40) {
    expect_message(cdn_mol_tautomer_key(parent, &text));
    if (text != nullptr) cdn_free(text);
    text = nullptr;
  }
  uint8_t *bytes = nullptr;
  int32_t length = 0;
  if (cdn_mol_pattern_fp(parent, &bytes, &length) == CDN_OK) cdn_free(bytes);
  if (cdn_mol_morgan_fp(parent, 2, 2048, &bytes, &length) == CDN_OK) cdn_free(bytes);
  static cdn_query *piperidine = [] {
    cdn_query *q = nullptr;
    cdn_query_from_smarts("C1CCNCC1", 8, &q);
    return q;
  }();
  int32_t *atoms = nullptr, *bonds = nullptr, *rings = nullptr;
  int32_t matches = 0, width = 0, atom_count = 0, bond_count = 0, rings_length = 0;
  if (cdn_substruct_match(parent, piperidine, 10, 0, &atoms, &matches, &width) == CDN_OK) cdn_free(atoms);
  if (cdn_mol_graph(parent, &atoms, &atom_count, &bonds, &bond_count, &rings, &rings_length) == CDN_OK) {
    cdn_free(atoms);
    cdn_free(bonds);
    cdn_free(rings);
  }
  cdn_mol_free(parent);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > CDN_MAX_MOLBLOCK_BYTES) return 0;
  const char *text = reinterpret_cast<const char *>(data + 1);
  const auto length = static_cast<int32_t>(size - 1);
  switch (data[0] % 3) {
    case 0: {
      cdn_mol *mol = nullptr;
      const int32_t status = cdn_mol_from_smiles(text, length, &mol);
      expect_message(status);
      if (status == CDN_OK) {
        exercise(mol);
        cdn_mol_free(mol);
      }
      break;
    }
    case 1: {
      cdn_mol *mol = nullptr;
      const int32_t status = cdn_mol_from_molblock(text, length, &mol);
      expect_message(status);
      if (status == CDN_OK) {
        exercise(mol);
        cdn_mol_free(mol);
      }
      break;
    }
    default: {
      cdn_query *query = nullptr;
      const int32_t status = cdn_query_from_smarts(text, length, &query);
      expect_message(status);
      if (status == CDN_OK) {
        int32_t *maps = nullptr;
        int32_t count = 0;
        if (cdn_query_atom_maps(query, &maps, &count) == CDN_OK) cdn_free(maps);
        uint8_t *bytes = nullptr;
        int32_t bytes_length = 0;
        if (cdn_query_pattern_fp(query, &bytes, &bytes_length) == CDN_OK) cdn_free(bytes);
        cdn_mol *mol = nullptr;
        if (cdn_mol_from_smiles("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", 38, &mol) == CDN_OK) {
          int32_t *atoms = nullptr;
          int32_t matches = 0, width = 0;
          if (cdn_substruct_match(mol, query, 10, 1, &atoms, &matches, &width) == CDN_OK) cdn_free(atoms);
          cdn_mol_free(mol);
        }
        cdn_query_free(query);
      }
      break;
    }
  }
  return 0;
}
