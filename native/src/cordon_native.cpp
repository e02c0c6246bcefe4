// Implementation of cordon_native.h over RDKit. See the header for the contract.
#include "cordon_native.h"

#include <GraphMol/Descriptors/MolDescriptors.h>
#include <GraphMol/FileParsers/FileParsers.h>
#include <GraphMol/Fingerprints/Fingerprints.h>
#include <GraphMol/Fingerprints/MorganFingerprints.h>
#include <GraphMol/GraphMol.h>
#include <GraphMol/MolDraw2D/MolDraw2DSVG.h>
#include <GraphMol/MolDraw2D/MolDraw2DUtils.h>
#include <GraphMol/ChemTransforms/ChemTransforms.h>
#include <GraphMol/ChemReactions/Reaction.h>
#include <GraphMol/ChemReactions/ReactionParser.h>
#include <GraphMol/MolOps.h>
#include <GraphMol/MolStandardize/Charge.h>
#include <GraphMol/MolStandardize/MolStandardize.h>
#include <GraphMol/MolStandardize/Tautomer.h>
#include <GraphMol/SmilesParse/SmartsWrite.h>
#include <GraphMol/SmilesParse/SmilesParse.h>
#include <GraphMol/SmilesParse/SmilesWrite.h>
#include <GraphMol/Substruct/SubstructMatch.h>
#include <DataStructs/ExplicitBitVect.h>
#include <RDGeneral/FileParseException.h>
#include <RDGeneral/RDLog.h>
#include <RDGeneral/versions.h>

#include <algorithm>
#include <cctype>
#include <utility>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

struct cdn_mol {
  std::unique_ptr<RDKit::ROMol> mol;
};

struct cdn_query {
  std::unique_ptr<RDKit::ROMol> mol;
};

namespace {

thread_local std::string t_last_error;

// A failure carrying the status code to return; thrown only inside this file.
struct Failure {
  int32_t status;
  std::string message;
};

[[noreturn]] void fail(int32_t status, std::string message) { throw Failure{status, std::move(message)}; }

// RDKit writes parse errors to its own log; Cordon reports them through status
// codes instead, so the log is silenced once, when the library is first used.
void silence_rdkit_log() {
  static std::once_flag once;
  std::call_once(once, [] { boost::logging::disable_logs("rdApp.*"); });
}

// Runs body, turning every exception into a status code and a per-thread message.
template <typename Body>
int32_t guarded(Body body) noexcept {
  try {
    silence_rdkit_log();
    body();
    return CDN_OK;
  } catch (const Failure &f) {
    t_last_error = f.message;
    return f.status;
  } catch (const RDKit::MolSanitizeException &e) {
    t_last_error = std::string("sanitisation failed: ") + e.what();
    return CDN_E_CHEMISTRY;
  } catch (const RDKit::FileParseException &e) {
    t_last_error = std::string("molfile parse error: ") + e.what();
    return CDN_E_PARSE;
  } catch (const std::bad_alloc &) {
    t_last_error = "out of memory";
    return CDN_E_MEMORY;
  } catch (const std::exception &e) {
    t_last_error = std::string("RDKit error: ") + e.what();
    return CDN_E_INTERNAL;
  } catch (...) {
    t_last_error = "unknown RDKit error";
    return CDN_E_INTERNAL;
  }
}

void require(bool condition, const char *what) {
  if (!condition) fail(CDN_E_ARGUMENT, what);
}

std::string input_string(const char *text, int32_t length, int32_t max_bytes, const char *what) {
  require(text != nullptr || length == 0, "input pointer is null");
  require(length >= 0, "input length is negative");
  if (length > max_bytes) {
    fail(CDN_E_LIMIT, std::string(what) + " is " + std::to_string(length) + " bytes; the limit is " +
                          std::to_string(max_bytes));
  }
  std::string s(text, static_cast<size_t>(length));
  if (s.find('\0') != std::string::npos) fail(CDN_E_PARSE, std::string(what) + " contains a NUL byte");
  return s;
}

char *copy_out(const std::string &s) {
  char *buffer = static_cast<char *>(std::malloc(s.size() + 1));
  if (buffer == nullptr) throw std::bad_alloc();
  std::memcpy(buffer, s.data(), s.size());
  buffer[s.size()] = '\0';
  return buffer;
}

uint8_t *copy_bits(const ExplicitBitVect &bits, int32_t *out_length) {
  const unsigned int n = bits.getNumBits();
  const size_t bytes = (n + 7) / 8;
  auto *buffer = static_cast<uint8_t *>(std::calloc(bytes, 1));
  if (buffer == nullptr) throw std::bad_alloc();
  for (unsigned int i = 0; i < n; ++i) {
    if (bits.getBit(i)) buffer[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
  }
  *out_length = static_cast<int32_t>(bytes);
  return buffer;
}

std::string hex_byte(unsigned char c) {
  static const char digits[] = "0123456789abcdef";
  return std::string{digits[c >> 4], digits[c & 15]};
}

int32_t *copy_ints(const std::vector<int32_t> &values) {
  if (values.empty()) return nullptr;
  auto *buffer = static_cast<int32_t *>(std::malloc(sizeof(int32_t) * values.size()));
  if (buffer == nullptr) throw std::bad_alloc();
  std::memcpy(buffer, values.data(), sizeof(int32_t) * values.size());
  return buffer;
}

// A cheap upper bound on atoms and on branch depth, checked before RDKit
// parses anything, so a 10,000-atom or deeply nested string costs microseconds.
void check_smiles_shape(const std::string &smiles) {
  // RDKit's lexer skips bytes it does not know, so anything outside printable
  // ASCII is refused here rather than silently dropped.
  for (size_t i = 0; i < smiles.size(); ++i) {
    const auto c = static_cast<unsigned char>(smiles[i]);
    if (c < 0x21 || c > 0x7e) {
      fail(CDN_E_PARSE, "SMILES has an unexpected byte 0x" + hex_byte(c) + " at offset " + std::to_string(i));
    }
  }
  int atoms = 0;
  int depth = 0;
  bool in_bracket = false;
  for (char c : smiles) {
    if (c == '[') {
      in_bracket = true;
      ++atoms;
    } else if (c == ']') {
      in_bracket = false;
    } else if (!in_bracket) {
      if (c == '(') {
        if (++depth > CDN_MAX_BRANCH_DEPTH) {
          fail(CDN_E_LIMIT, "SMILES branches nest deeper than " + std::to_string(CDN_MAX_BRANCH_DEPTH));
        }
      } else if (c == ')') {
        --depth;
      } else if (std::isupper(static_cast<unsigned char>(c)) || c == 'c' || c == 'n' || c == 'o' || c == 's' ||
                 c == 'p' || c == 'b' || c == '*') {
        ++atoms;
      }
    }
  }
  // Two-letter symbols (Cl, Br) count once per capital, so this never under-counts.
  if (atoms > CDN_MAX_ATOMS + CDN_MAX_ATOMS / 2) {
    fail(CDN_E_LIMIT, "SMILES has about " + std::to_string(atoms) + " atoms; the limit is " +
                          std::to_string(CDN_MAX_ATOMS));
  }
}

void check_atom_count(const RDKit::ROMol &mol) {
  // All atoms, dummy atoms and explicit hydrogens included: every one costs work.
  const unsigned int atoms = mol.getNumAtoms();
  if (atoms == 0) fail(CDN_E_PARSE, "the structure has no atoms");
  if (atoms > CDN_MAX_ATOMS) {
    fail(CDN_E_LIMIT, "molecule has " + std::to_string(atoms) + " atoms; the limit is " + std::to_string(CDN_MAX_ATOMS));
  }
  // Dummy atoms may be aromatic outside rings, and RDKit's kekuliser backtracks exponentially over a long chain of
  // them that cannot be kekulised (found by the fuzzer: 60 took 90 s). A structure with that many unknown atoms
  // cannot be classified anyway, so they are bounded before sanitising.
  unsigned int dummies = 0;
  for (const auto atom : mol.atoms()) {
    if (atom->getAtomicNum() == 0) ++dummies;
  }
  if (dummies > CDN_MAX_DUMMY_ATOMS) {
    fail(CDN_E_LIMIT, "molecule has " + std::to_string(dummies) + " unknown atoms (*); the limit is " +
                          std::to_string(CDN_MAX_DUMMY_ATOMS));
  }
}

// The counts line of a V2000 record or the COUNTS line of a V3000 record,
// read before parsing so an oversized record is refused cheaply.
void check_molblock_counts(const std::string &block) {
  size_t pos = 0;
  for (int line = 0; line < 3 && pos != std::string::npos; ++line) {
    pos = block.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  if (pos == std::string::npos || pos >= block.size()) fail(CDN_E_PARSE, "molfile ends before its counts line");
  const std::string counts = block.substr(pos, block.find('\n', pos) - pos);
  if (counts.find("V3000") != std::string::npos) {
    const size_t c = block.find("M  V30 COUNTS ");
    if (c != std::string::npos) {
      const long atoms = std::strtol(block.c_str() + c + 14, nullptr, 10);
      if (atoms > CDN_MAX_ATOMS) {
        fail(CDN_E_LIMIT, "molfile declares " + std::to_string(atoms) + " atoms; the limit is " +
                              std::to_string(CDN_MAX_ATOMS));
      }
    }
    return;
  }
  if (counts.size() >= 3) {
    const long atoms = std::strtol(counts.substr(0, 3).c_str(), nullptr, 10);
    if (atoms > CDN_MAX_ATOMS) {
      fail(CDN_E_LIMIT, "molfile declares " + std::to_string(atoms) + " atoms; the limit is " +
                            std::to_string(CDN_MAX_ATOMS));
    }
  }
}

// RDKit's valence model lets a charge raise the allowed valence ([NH4+2] passes), so hydrogen and the
// period-2 elements, which obey the duet and octet strictly, are checked here: the atom's own electrons
// (outer shell less charge) must cover its bonds, and shared plus own electrons must fit the shell.
void check_electron_counts(const RDKit::ROMol &mol) {
  for (const auto atom : mol.atoms()) {
    const int z = atom->getAtomicNum();
    if (z < 1 || z > 9 || z == 2) continue;
    const int shell = z == 1 ? 2 : 8;
    const int outer = z == 1 ? 1 : z - 2;
    const int own = outer - atom->getFormalCharge();
    const int bonds = static_cast<int>(atom->getTotalValence());
    if (own < bonds || own + bonds > shell) {
      fail(CDN_E_CHEMISTRY, "impossible charge or valence: atom #" + std::to_string(atom->getIdx()) + " " +
                                atom->getSymbol() + " has charge " + std::to_string(atom->getFormalCharge()) +
                                " and valence " + std::to_string(bonds));
    }
  }
  // A radical in a molecule of more than three heavy atoms is almost always a structure drawn without its
  // hydrogens (O=C1CC[N]CC1): classifying it as drawn would call a controlled substance clear. Small radicals
  // (NO, O2, CH3) are real species and stay; metals are left to RDKit's own model.
  if (mol.getNumHeavyAtoms() <= 3) return;
  for (const auto atom : mol.atoms()) {
    const int z = atom->getAtomicNum();
    const bool organic_subset = z == 6 || z == 7 || z == 8 || z == 15 || z == 16;
    if (organic_subset && atom->getNumRadicalElectrons() > 0) {
      fail(CDN_E_CHEMISTRY, "radical electrons on atom #" + std::to_string(atom->getIdx()) + " " + atom->getSymbol() +
                                " (hydrogens missing?): the structure cannot be classified as drawn");
    }
  }
}

// Finishes a freshly parsed, unsanitised molecule: sanitise (throwing RDKit's
// own message on failure), drop explicit hydrogens, apply the atom bound.
std::unique_ptr<RDKit::ROMol> finish(std::unique_ptr<RDKit::RWMol> mol) {
  check_atom_count(*mol);
  RDKit::MolOps::sanitizeMol(*mol);
  check_electron_counts(*mol);
  // removeHs sanitises again; most inputs have no explicit hydrogen atoms to remove.
  bool has_explicit_h = false;
  for (const auto atom : mol->atoms()) {
    if (atom->getAtomicNum() == 1) {
      has_explicit_h = true;
      break;
    }
  }
  if (has_explicit_h) RDKit::MolOps::removeHs(*mol);
  RDKit::MolOps::assignStereochemistry(*mol, true, true);
  return std::unique_ptr<RDKit::ROMol>(mol.release());
}

// Organic: some carbon bonded to a hydrogen or another carbon. Carbonate,
// cyanide and carbon dioxide are therefore inorganic, as chemists treat them.
bool is_organic(const RDKit::ROMol &fragment) {
  for (const auto atom : fragment.atoms()) {
    if (atom->getAtomicNum() != 6) continue;
    if (atom->getTotalNumHs() > 0) return true;
    for (const auto neighbour : fragment.atomNeighbors(atom)) {
      if (neighbour->getAtomicNum() == 6) return true;
    }
  }
  return false;
}

// Sum of absolute formal charges and of hydrogens: changes exactly when the uncharger acted.
std::pair<int, unsigned> charge_signature(const RDKit::ROMol &mol) {
  int charges = 0;
  unsigned hydrogens = 0;
  for (const auto atom : mol.atoms()) {
    charges += std::abs(atom->getFormalCharge());
    hydrogens += atom->getTotalNumHs();
  }
  return {charges, hydrogens};
}

bool has_charge(const RDKit::ROMol &mol) {
  for (const auto atom : mol.atoms()) {
    if (atom->getFormalCharge() != 0) return true;
  }
  return false;
}

bool is_water(const RDKit::ROMol &fragment) {
  return fragment.getNumAtoms() == 1 && fragment.getAtomWithIdx(0)->getAtomicNum() == 8 &&
         fragment.getAtomWithIdx(0)->getFormalCharge() == 0 && fragment.getAtomWithIdx(0)->getTotalNumHs() == 2;
}

bool has_labels(const RDKit::ROMol &mol) {
  for (const auto atom : mol.atoms()) {
    if (atom->getAtomMapNum() != 0 || atom->getIsotope() != 0) return true;
  }
  return false;
}

// A copy with atom-map numbers and isotope labels cleared (the substance is the same; the labels
// are bookkeeping or tracers), and hydrogens that only an isotope label kept explicit made implicit.
std::unique_ptr<RDKit::ROMol> without_labels(const RDKit::ROMol &mol, int32_t &flags) {
  auto copy = std::make_unique<RDKit::RWMol>(mol);
  bool hydrogens = false;
  for (auto atom : copy->atoms()) {
    if (atom->getAtomMapNum() != 0) {
      atom->setAtomMapNum(0);
      flags |= CDN_STD_ATOM_MAPS;
    }
    if (atom->getIsotope() != 0) {
      atom->setIsotope(0);
      flags |= CDN_STD_ISOTOPES;
      if (atom->getAtomicNum() == 1) hydrogens = true;
    }
  }
  if (hydrogens) RDKit::MolOps::removeHs(*copy);
  return std::unique_ptr<RDKit::ROMol>(copy.release());
}

// A hydroxyl oxygen that could be the water of a carbonyl hydrate: neutral, one single bond, one hydrogen.
bool is_hydroxyl(const RDKit::ROMol &mol, const RDKit::Atom *atom, const RDKit::Atom *carbon) {
  if (atom->getAtomicNum() != 8 || atom->getFormalCharge() != 0 || atom->getDegree() != 1 ||
      atom->getTotalNumHs() != 1 || atom->getIsotope() != 0) {
    return false;
  }
  const auto bond = mol.getBondBetweenAtoms(atom->getIdx(), carbon->getIdx());
  return bond != nullptr && bond->getBondType() == RDKit::Bond::SINGLE;
}

// Gem-diols whose carbon carries only carbon or hydrogen besides the two hydroxyls are carbonyl
// hydrates (4,4-piperidinediol is 4-piperidone hydrate): each becomes the carbonyl and one water.
// A carbon with a third heteroatom (ortho acid, carboxylic acid hydrate, hemiaminal) is left alone.
std::unique_ptr<RDKit::ROMol> dehydrate_gem_diols(std::unique_ptr<RDKit::ROMol> mol, int &waters) {
  std::vector<std::pair<unsigned, unsigned>> pairs;  // (oxygen kept, oxygen removed)
  for (const auto atom : mol->atoms()) {
    if (atom->getAtomicNum() != 6 || atom->getIsAromatic() || atom->getFormalCharge() != 0 ||
        atom->getDegree() > 4) {
      continue;
    }
    std::vector<unsigned> hydroxyls;
    bool other_hetero = false;
    for (const auto neighbour : mol->atomNeighbors(atom)) {
      if (is_hydroxyl(*mol, neighbour, atom)) {
        hydroxyls.push_back(neighbour->getIdx());
      } else if (neighbour->getAtomicNum() != 6 && neighbour->getAtomicNum() != 1) {
        other_hetero = true;
      }
    }
    bool saturated = true;
    for (const auto bond : mol->atomBonds(atom)) {
      if (bond->getBondType() != RDKit::Bond::SINGLE) saturated = false;
    }
    if (hydroxyls.size() == 2 && !other_hetero && saturated) {
      pairs.emplace_back(std::min(hydroxyls[0], hydroxyls[1]), std::max(hydroxyls[0], hydroxyls[1]));
    }
  }
  if (pairs.empty()) return mol;
  auto copy = std::make_unique<RDKit::RWMol>(*mol);
  for (const auto &pair : pairs) {
    auto kept = copy->getAtomWithIdx(pair.first);
    const auto carbon = *copy->atomNeighbors(kept).begin();
    copy->getBondBetweenAtoms(kept->getIdx(), carbon->getIdx())->setBondType(RDKit::Bond::DOUBLE);
    kept->setNumExplicitHs(0);
    kept->setNoImplicit(false);
  }
  // Highest index first, so the indices still to remove stay valid.
  std::vector<unsigned> gone;
  for (const auto &pair : pairs) gone.push_back(pair.second);
  std::sort(gone.rbegin(), gone.rend());
  for (unsigned idx : gone) copy->removeAtom(idx);
  RDKit::MolOps::sanitizeMol(*copy);
  RDKit::MolOps::assignStereochemistry(*copy, true, true);
  waters = static_cast<int>(pairs.size());
  return std::unique_ptr<RDKit::ROMol>(copy.release());
}

cdn_mol *wrap(std::unique_ptr<RDKit::ROMol> mol) {
  auto *handle = new cdn_mol();
  handle->mol = std::move(mol);
  return handle;
}

}  // namespace

extern "C" {

const char *cdn_last_error(void) { return t_last_error.c_str(); }

void cdn_free(void *buffer) { std::free(buffer); }

int32_t cdn_abi_version(int32_t *out_version) {
  return guarded([&] {
    require(out_version != nullptr, "out_version is null");
    *out_version = CDN_ABI_VERSION;
  });
}

int32_t cdn_rdkit_version(char **out_version) {
  return guarded([&] {
    require(out_version != nullptr, "out_version is null");
    *out_version = copy_out(RDKit::rdkitVersion);
  });
}

int32_t cdn_mol_from_smiles(const char *smiles, int32_t length, cdn_mol **out_mol) {
  return guarded([&] {
    require(out_mol != nullptr, "out_mol is null");
    const std::string text = input_string(smiles, length, CDN_MAX_SMILES_BYTES, "SMILES");
    if (text.empty()) fail(CDN_E_PARSE, "SMILES is empty");
    check_smiles_shape(text);
    RDKit::SmilesParserParams params;
    params.sanitize = false;
    params.removeHs = false;
    std::unique_ptr<RDKit::RWMol> mol(RDKit::SmilesToMol(text, params));
    if (!mol) fail(CDN_E_PARSE, "SMILES syntax error in '" + text.substr(0, 80) + "'");
    *out_mol = wrap(finish(std::move(mol)));
  });
}

int32_t cdn_mol_from_molblock(const char *molblock, int32_t length, cdn_mol **out_mol) {
  return guarded([&] {
    require(out_mol != nullptr, "out_mol is null");
    const std::string text = input_string(molblock, length, CDN_MAX_MOLBLOCK_BYTES, "molfile");
    check_molblock_counts(text);
    if (text.find("M  END") == std::string::npos) fail(CDN_E_PARSE, "molfile has no 'M  END' line (truncated?)");
    std::unique_ptr<RDKit::RWMol> mol(RDKit::MolBlockToMol(text, false, false, true));
    if (!mol) fail(CDN_E_PARSE, "molfile could not be parsed");
    *out_mol = wrap(finish(std::move(mol)));
  });
}

void cdn_mol_free(cdn_mol *mol) { delete mol; }

int32_t cdn_mol_atom_count(const cdn_mol *mol, int32_t *out_count) {
  return guarded([&] {
    require(mol != nullptr && out_count != nullptr, "null argument");
    *out_count = static_cast<int32_t>(mol->mol->getNumHeavyAtoms());
  });
}

int32_t cdn_mol_to_smiles(const cdn_mol *mol, int32_t with_stereo, char **out_smiles) {
  return guarded([&] {
    require(mol != nullptr && out_smiles != nullptr, "null argument");
    *out_smiles = copy_out(RDKit::MolToSmiles(*mol->mol, with_stereo != 0));
  });
}

int32_t cdn_mol_formula(const cdn_mol *mol, char **out_formula) {
  return guarded([&] {
    require(mol != nullptr && out_formula != nullptr, "null argument");
    *out_formula = copy_out(RDKit::Descriptors::calcMolFormula(*mol->mol));
  });
}

int32_t cdn_mol_mass(const cdn_mol *mol, double *out_average, double *out_monoisotopic) {
  return guarded([&] {
    require(mol != nullptr && out_average != nullptr && out_monoisotopic != nullptr, "null argument");
    const double average = RDKit::Descriptors::calcAMW(*mol->mol);
    const double mono = RDKit::Descriptors::calcExactMW(*mol->mol);
    *out_average = average;
    *out_monoisotopic = mono;
  });
}

int32_t cdn_mol_stereo_count(const cdn_mol *mol, int32_t *out_count) {
  return guarded([&] {
    require(mol != nullptr && out_count != nullptr, "null argument");
    int32_t count = 0;
    for (const auto atom : mol->mol->atoms()) {
      if (atom->getChiralTag() == RDKit::Atom::CHI_TETRAHEDRAL_CW ||
          atom->getChiralTag() == RDKit::Atom::CHI_TETRAHEDRAL_CCW) {
        ++count;
      }
    }
    for (const auto bond : mol->mol->bonds()) {
      if (bond->getStereo() > RDKit::Bond::STEREOANY) ++count;
    }
    *out_count = count;
  });
}

int32_t cdn_mol_standardize(const cdn_mol *mol, cdn_mol **out_parent, char **out_removed, int32_t *out_flags) {
  return guarded([&] {
    require(mol != nullptr && out_parent != nullptr && out_removed != nullptr && out_flags != nullptr,
            "null argument");
    int32_t flags = 0;
    // Most inputs carry no labels: they are read in place, not copied.
    std::unique_ptr<RDKit::ROMol> unlabelled;
    if (has_labels(*mol->mol)) unlabelled = without_labels(*mol->mol, flags);
    const RDKit::ROMol *work = unlabelled ? unlabelled.get() : mol->mol.get();
    std::vector<int> fragment_of_atom;
    std::unique_ptr<RDKit::ROMol> parent;
    std::string removed;
    bool organic = true;
    // The common case, one neutral fragment, is its own parent: no splitting, no uncharging.
    if (RDKit::MolOps::getMolFrags(*work, fragment_of_atom) == 1 && !has_charge(*work)) {
      parent = std::make_unique<RDKit::ROMol>(*work);
    } else {
      auto fragments = RDKit::MolOps::getMolFrags(*work, true);
      int chosen = -1;
      for (size_t i = 0; i < fragments.size(); ++i) {
        const auto &candidate = *fragments[i];
        if (!is_organic(candidate)) continue;
        if (chosen < 0) {
          chosen = static_cast<int>(i);
          continue;
        }
        const auto &best = *fragments[chosen];
        const unsigned a = candidate.getNumHeavyAtoms(), b = best.getNumHeavyAtoms();
        if (a > b || (a == b && RDKit::MolToSmiles(candidate) < RDKit::MolToSmiles(best))) {
          chosen = static_cast<int>(i);
        }
      }

      if (chosen < 0) {
        organic = false;
        // Nothing organic: the substance is the whole inorganic set, charges and all,
        // less any water ("Cl.O" is hydrochloric acid; "[Na+].[Cl-]" stays salt).
        std::vector<size_t> kept;
        for (size_t i = 0; i < fragments.size(); ++i) {
          if (is_water(*fragments[i])) {
            if (!removed.empty()) removed += '\n';
            removed += "O";
          } else {
            kept.push_back(i);
          }
        }
        if (fragments.empty()) fail(CDN_E_PARSE, "the structure has no atoms");
        if (kept.empty()) {
          parent = std::make_unique<RDKit::ROMol>(*fragments[0]);
          removed.clear();
        } else {
          auto combined = std::make_unique<RDKit::ROMol>(*fragments[kept[0]]);
          for (size_t k = 1; k < kept.size(); ++k) {
            combined.reset(RDKit::combineMols(*combined, *fragments[kept[k]]));
          }
          // combineMols leaves ring information unset, which fingerprints need.
          RDKit::MolOps::findSSSR(*combined);
          parent = std::move(combined);
        }
      } else {
        for (size_t i = 0; i < fragments.size(); ++i) {
          if (static_cast<int>(i) == chosen) continue;
          if (!removed.empty()) removed += '\n';
          removed += RDKit::MolToSmiles(*fragments[i]);
        }
        if (has_charge(*fragments[chosen])) {
          // The uncharger compiles its patterns on construction, so each thread keeps one.
          thread_local RDKit::MolStandardize::Uncharger uncharger;
          parent.reset(uncharger.uncharge(*fragments[chosen]));
          if (charge_signature(*parent) != charge_signature(*fragments[chosen])) flags |= CDN_STD_NEUTRALISED;
        } else {
          parent = std::make_unique<RDKit::ROMol>(*fragments[chosen]);
        }
      }
    }
    if (organic) {
      int waters = 0;
      parent = dehydrate_gem_diols(std::move(parent), waters);
      for (int w = 0; w < waters; ++w) {
        if (!removed.empty()) removed += '\n';
        removed += "O";
      }
      if (waters > 0) flags |= CDN_STD_CARBONYL_HYDRATE;
    }
    auto *handle = new cdn_mol();
    handle->mol = std::move(parent);
    char *removed_out = nullptr;
    try {
      removed_out = copy_out(removed);
    } catch (...) {
      delete handle;
      throw;
    }
    *out_parent = handle;
    *out_removed = removed_out;
    *out_flags = flags;
  });
}

int32_t cdn_mol_skeleton_key(const cdn_mol *mol, char **out_key) {
  return guarded([&] {
    require(mol != nullptr && out_key != nullptr, "null argument");
    RDKit::RWMol skeleton(*mol->mol);
    for (auto atom : skeleton.atoms()) {
      atom->setIsAromatic(false);
      atom->setFormalCharge(0);
      atom->setIsotope(0);
      atom->setAtomMapNum(0);
      atom->setNumRadicalElectrons(0);
      atom->setChiralTag(RDKit::Atom::CHI_UNSPECIFIED);
      atom->setNoImplicit(true);
      atom->setNumExplicitHs(0);
    }
    for (auto bond : skeleton.bonds()) {
      bond->setBondType(RDKit::Bond::SINGLE);
      bond->setIsAromatic(false);
      bond->setStereo(RDKit::Bond::STEREONONE);
      bond->setBondDir(RDKit::Bond::NONE);
    }
    skeleton.updatePropertyCache(false);
    RDKit::MolOps::fastFindRings(skeleton);
    // Tautomers share heavy atoms, connectivity, hydrogen count and charge: the formula keeps the last two.
    *out_key = copy_out(RDKit::MolToSmiles(skeleton, false) + " " + RDKit::Descriptors::calcMolFormula(*mol->mol));
  });
}

int32_t cdn_mol_tautomer_key(const cdn_mol *mol, char **out_key) {
  return guarded([&] {
    require(mol != nullptr && out_key != nullptr, "null argument");
    const unsigned heavy = mol->mol->getNumHeavyAtoms();
    if (heavy > CDN_MAX_TAUTOMER_ATOMS) {
      fail(CDN_E_LIMIT, "the tautomer key is computed for up to " + std::to_string(CDN_MAX_TAUTOMER_ATOMS) +
                            " heavy atoms; this molecule has " + std::to_string(heavy));
    }
    // The enumerator compiles its transforms on construction, so each thread keeps one.
    thread_local std::unique_ptr<RDKit::MolStandardize::TautomerEnumerator> enumerator(
        RDKit::MolStandardize::tautomerEnumeratorFromParams(RDKit::MolStandardize::CleanupParameters()));
    std::unique_ptr<RDKit::ROMol> canonical(enumerator->canonicalize(*mol->mol));
    *out_key = copy_out(RDKit::MolToSmiles(*canonical, false));
  });
}

int32_t cdn_mol_mirror(const cdn_mol *mol, cdn_mol **out_mirror) {
  return guarded([&] {
    require(mol != nullptr && out_mirror != nullptr, "null argument");
    auto copy = std::make_unique<RDKit::RWMol>(*mol->mol);
    for (auto atom : copy->atoms()) {
      if (atom->getChiralTag() == RDKit::Atom::CHI_TETRAHEDRAL_CW) {
        atom->setChiralTag(RDKit::Atom::CHI_TETRAHEDRAL_CCW);
      } else if (atom->getChiralTag() == RDKit::Atom::CHI_TETRAHEDRAL_CCW) {
        atom->setChiralTag(RDKit::Atom::CHI_TETRAHEDRAL_CW);
      }
    }
    RDKit::MolOps::assignStereochemistry(*copy, true, true);
    *out_mirror = wrap(std::unique_ptr<RDKit::ROMol>(copy.release()));
  });
}

int32_t cdn_mol_graph(const cdn_mol *mol, int32_t **out_atoms, int32_t *out_atom_count, int32_t **out_bonds,
                      int32_t *out_bond_count, int32_t **out_rings, int32_t *out_rings_length) {
  return guarded([&] {
    require(mol != nullptr && out_atoms != nullptr && out_atom_count != nullptr && out_bonds != nullptr &&
                out_bond_count != nullptr && out_rings != nullptr && out_rings_length != nullptr,
            "null argument");
    const RDKit::ROMol &m = *mol->mol;
    const RDKit::RingInfo *rings = m.getRingInfo();
    std::vector<int32_t> atoms;
    for (const auto atom : m.atoms()) {
      atoms.push_back(static_cast<int32_t>(atom->getAtomicNum()));
      atoms.push_back(static_cast<int32_t>(atom->getFormalCharge()));
      atoms.push_back(static_cast<int32_t>(atom->getTotalNumHs()));
      atoms.push_back(atom->getIsAromatic() ? 1 : 0);
      atoms.push_back(static_cast<int32_t>(rings->numAtomRings(atom->getIdx())));
      atoms.push_back(static_cast<int32_t>(atom->getDegree()));
    }
    std::vector<int32_t> bonds;
    for (const auto bond : m.bonds()) {
      bonds.push_back(static_cast<int32_t>(bond->getBeginAtomIdx()));
      bonds.push_back(static_cast<int32_t>(bond->getEndAtomIdx()));
      int32_t order = 1;
      switch (bond->getBondType()) {
        case RDKit::Bond::DOUBLE: order = 2; break;
        case RDKit::Bond::TRIPLE: order = 3; break;
        case RDKit::Bond::AROMATIC: order = 4; break;
        default: order = 1;
      }
      bonds.push_back(order);
      bonds.push_back(rings->numBondRings(bond->getIdx()) > 0 ? 1 : 0);
    }
    std::vector<int32_t> ring_data;
    for (const auto &ring : rings->atomRings()) {
      ring_data.push_back(static_cast<int32_t>(ring.size()));
      for (int idx : ring) ring_data.push_back(static_cast<int32_t>(idx));
    }
    int32_t *a = copy_ints(atoms);
    int32_t *b = nullptr;
    int32_t *r = nullptr;
    try {
      b = copy_ints(bonds);
      r = copy_ints(ring_data);
    } catch (...) {
      std::free(a);
      std::free(b);
      throw;
    }
    *out_atoms = a;
    *out_atom_count = static_cast<int32_t>(m.getNumAtoms());
    *out_bonds = b;
    *out_bond_count = static_cast<int32_t>(m.getNumBonds());
    *out_rings = r;
    *out_rings_length = static_cast<int32_t>(ring_data.size());
  });
}

int32_t cdn_mol_fragment_smiles(const cdn_mol *mol, const int32_t *atoms, int32_t atom_count, char **out_smiles) {
  return guarded([&] {
    require(mol != nullptr && atoms != nullptr && out_smiles != nullptr, "null argument");
    require(atom_count >= 1 && atom_count <= CDN_MAX_ATOMS, "atom_count must be 1..CDN_MAX_ATOMS");
    const int n = static_cast<int>(mol->mol->getNumAtoms());
    std::vector<int> use;
    for (int32_t i = 0; i < atom_count; ++i) {
      if (atoms[i] < 0 || atoms[i] >= n) fail(CDN_E_ARGUMENT, "atom index " + std::to_string(atoms[i]) + " is out of range");
      use.push_back(atoms[i]);
    }
    *out_smiles = copy_out(RDKit::MolFragmentToSmiles(*mol->mol, use, nullptr, nullptr, nullptr, false));
  });
}

int32_t cdn_query_atom_maps(const cdn_query *query, int32_t **out_maps, int32_t *out_count) {
  return guarded([&] {
    require(query != nullptr && out_maps != nullptr && out_count != nullptr, "null argument");
    std::vector<int32_t> maps;
    for (const auto atom : query->mol->atoms()) maps.push_back(static_cast<int32_t>(atom->getAtomMapNum()));
    *out_maps = copy_ints(maps);
    *out_count = static_cast<int32_t>(maps.size());
  });
}

int32_t cdn_query_from_smarts(const char *smarts, int32_t length, cdn_query **out_query) {
  return guarded([&] {
    require(out_query != nullptr, "out_query is null");
    const std::string text = input_string(smarts, length, CDN_MAX_SMARTS_BYTES, "SMARTS");
    if (text.empty()) fail(CDN_E_PARSE, "SMARTS is empty");
    std::unique_ptr<RDKit::ROMol> query(RDKit::SmartsToMol(text));
    if (!query) fail(CDN_E_PARSE, "SMARTS syntax error in '" + text.substr(0, 80) + "'");
    if (query->getNumAtoms() > CDN_MAX_QUERY_ATOMS) {
      fail(CDN_E_LIMIT, "SMARTS has " + std::to_string(query->getNumAtoms()) + " atoms; the limit is " +
                            std::to_string(CDN_MAX_QUERY_ATOMS));
    }
    auto *handle = new cdn_query();
    handle->mol = std::move(query);
    *out_query = handle;
  });
}

void cdn_query_free(cdn_query *query) { delete query; }

int32_t cdn_query_atom_count(const cdn_query *query, int32_t *out_count) {
  return guarded([&] {
    require(query != nullptr && out_count != nullptr, "null argument");
    *out_count = static_cast<int32_t>(query->mol->getNumAtoms());
  });
}

int32_t cdn_substruct_match(const cdn_mol *mol, const cdn_query *query, int32_t max_matches, int32_t use_chirality,
                            int32_t **out_atoms, int32_t *out_match_count, int32_t *out_atoms_per_match) {
  return guarded([&] {
    require(mol != nullptr && query != nullptr && out_atoms != nullptr && out_match_count != nullptr &&
                out_atoms_per_match != nullptr,
            "null argument");
    require(max_matches >= 1 && max_matches <= CDN_MAX_MATCHES, "max_matches must be 1..CDN_MAX_MATCHES");
    RDKit::SubstructMatchParameters params;
    params.maxMatches = static_cast<unsigned int>(max_matches);
    params.useChirality = use_chirality != 0;
    params.uniquify = true;
    const auto matches = RDKit::SubstructMatch(*mol->mol, *query->mol, params);
    const size_t width = query->mol->getNumAtoms();
    int32_t *atoms = nullptr;
    if (!matches.empty()) {
      atoms = static_cast<int32_t *>(std::malloc(sizeof(int32_t) * matches.size() * width));
      if (atoms == nullptr) throw std::bad_alloc();
      size_t k = 0;
      for (const auto &match : matches) {
        for (const auto &pair : match) atoms[k++] = pair.second;
      }
    }
    *out_atoms = atoms;
    *out_match_count = static_cast<int32_t>(matches.size());
    *out_atoms_per_match = static_cast<int32_t>(width);
  });
}

int32_t cdn_mol_pattern_fp(const cdn_mol *mol, uint8_t **out_bytes, int32_t *out_length) {
  return guarded([&] {
    require(mol != nullptr && out_bytes != nullptr && out_length != nullptr, "null argument");
    std::unique_ptr<ExplicitBitVect> fp(RDKit::PatternFingerprintMol(*mol->mol, CDN_PATTERN_FP_BITS));
    *out_bytes = copy_bits(*fp, out_length);
  });
}

int32_t cdn_query_pattern_fp(const cdn_query *query, uint8_t **out_bytes, int32_t *out_length) {
  return guarded([&] {
    require(query != nullptr && out_bytes != nullptr && out_length != nullptr, "null argument");
    // The pattern fingerprint needs ring information, which a SMARTS query lacks until asked.
    RDKit::ROMol copy(*query->mol);
    copy.updatePropertyCache(false);
    RDKit::MolOps::fastFindRings(copy);
    std::unique_ptr<ExplicitBitVect> fp(RDKit::PatternFingerprintMol(copy, CDN_PATTERN_FP_BITS));
    *out_bytes = copy_bits(*fp, out_length);
  });
}

int32_t cdn_mol_morgan_fp(const cdn_mol *mol, int32_t radius, int32_t bits, uint8_t **out_bytes,
                          int32_t *out_length) {
  return guarded([&] {
    require(mol != nullptr && out_bytes != nullptr && out_length != nullptr, "null argument");
    require(radius >= 1 && radius <= 4, "radius must be 1..4");
    require(bits >= 64 && bits <= 16384 && bits % 8 == 0, "bits must be a multiple of 8 in 64..16384");
    std::unique_ptr<ExplicitBitVect> fp(RDKit::MorganFingerprints::getFingerprintAsBitVect(
        *mol->mol, static_cast<unsigned>(radius), static_cast<unsigned>(bits)));
    *out_bytes = copy_bits(*fp, out_length);
  });
}

int32_t cdn_mol_to_svg(const cdn_mol *mol, const int32_t *highlight_atoms, int32_t highlight_count, int32_t width,
                       int32_t height, const char *legend, int32_t legend_length, char **out_svg) {
  return guarded([&] {
    require(mol != nullptr && out_svg != nullptr, "null argument");
    require(width >= 50 && width <= 4000 && height >= 50 && height <= 4000, "width and height must be 50..4000");
    require(highlight_count >= 0 && (highlight_count == 0 || highlight_atoms != nullptr),
            "highlight atoms missing");
    const std::string title = legend == nullptr ? std::string() : input_string(legend, legend_length, 400, "legend");
    const int atom_count = static_cast<int>(mol->mol->getNumAtoms());
    std::vector<int> highlights;
    for (int32_t i = 0; i < highlight_count; ++i) {
      if (highlight_atoms[i] < 0 || highlight_atoms[i] >= atom_count) {
        fail(CDN_E_ARGUMENT, "highlight atom index " + std::to_string(highlight_atoms[i]) + " is out of range");
      }
      highlights.push_back(highlight_atoms[i]);
    }
    std::vector<int> bonds;
    for (const auto bond : mol->mol->bonds()) {
      const bool begin = std::find(highlights.begin(), highlights.end(), bond->getBeginAtomIdx()) != highlights.end();
      const bool end = std::find(highlights.begin(), highlights.end(), bond->getEndAtomIdx()) != highlights.end();
      if (begin && end) bonds.push_back(static_cast<int>(bond->getIdx()));
    }
    RDKit::MolDraw2DSVG drawer(width, height);
    RDKit::MolDraw2DUtils::prepareAndDrawMolecule(drawer, *mol->mol, title, &highlights, &bonds);
    drawer.finishDrawing();
    *out_svg = copy_out(drawer.getDrawingText());
  });
}

int32_t cdn_mol_run_reaction(const cdn_mol *mol, const char *smarts, int32_t length, int32_t max_sets,
                             char **out_products, int32_t *out_set_count) {
  return guarded([&] {
    require(mol != nullptr && out_products != nullptr && out_set_count != nullptr, "null argument");
    require(max_sets >= 1 && max_sets <= CDN_MAX_PRODUCT_SETS, "max_sets must be 1..CDN_MAX_PRODUCT_SETS");
    const std::string text = input_string(smarts, length, CDN_MAX_SMARTS_BYTES, "reaction SMARTS");
    if (text.find(">>") == std::string::npos) fail(CDN_E_PARSE, "reaction SMARTS has no '>>'");
    std::unique_ptr<RDKit::ChemicalReaction> rxn;
    try {
      rxn.reset(RDKit::RxnSmartsToChemicalReaction(text));
    } catch (const RDKit::ChemicalReactionParserException &e) {
      fail(CDN_E_PARSE, std::string("reaction SMARTS: ") + e.what());
    }
    if (!rxn) fail(CDN_E_PARSE, "reaction SMARTS syntax error in '" + text.substr(0, 80) + "'");
    if (rxn->getNumReactantTemplates() != 1) fail(CDN_E_ARGUMENT, "reaction SMARTS must have exactly one reactant");
    unsigned int template_atoms = 0;
    for (auto it = rxn->beginReactantTemplates(); it != rxn->endReactantTemplates(); ++it) template_atoms += (*it)->getNumAtoms();
    for (auto it = rxn->beginProductTemplates(); it != rxn->endProductTemplates(); ++it) template_atoms += (*it)->getNumAtoms();
    if (template_atoms > CDN_MAX_QUERY_ATOMS) {
      fail(CDN_E_LIMIT, "reaction SMARTS has " + std::to_string(template_atoms) + " atoms; the limit is " +
                            std::to_string(CDN_MAX_QUERY_ATOMS));
    }
    rxn->initReactantMatchers();
    RDKit::MOL_SPTR_VECT reactants{RDKit::ROMOL_SPTR(new RDKit::ROMol(*mol->mol))};
    const auto sets = rxn->runReactants(reactants, static_cast<unsigned int>(max_sets));
    std::string joined;
    int32_t count = 0;
    for (const auto &set : sets) {
      std::string line;
      bool ok = true;
      for (const auto &product : set) {
        RDKit::RWMol rw(*product);
        unsigned int failed = 0;
        try {
          RDKit::MolOps::sanitizeMol(rw, failed, RDKit::MolOps::SANITIZE_ALL);
          RDKit::MolOps::assignStereochemistry(rw, true, true);
        } catch (const RDKit::MolSanitizeException &) {
          ok = false;
          break;
        }
        if (!line.empty()) line += '.';
        line += RDKit::MolToSmiles(rw, true);
      }
      if (!ok || count >= max_sets) continue;
      if (count > 0) joined += '\n';
      joined += line;
      ++count;
    }
    *out_products = copy_out(joined);
    *out_set_count = count;
  });
}

}  // extern "C"
