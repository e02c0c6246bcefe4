#!/usr/bin/env python3
"""Builds rules/dictionaries/*.tsv, the resolution-only dictionaries of ordinary chemicals.

Sources (facts, each with its licence; the notices sit beside the output):
  ChEDL identifier tables (CalebBell/chemicals, MIT)       -> chedl.tsv
  ChEBI records in OSCAR4's chemnamedict.xml (CC BY 4.0)   -> chebi.tsv

Every structure is parsed and standardised by Cordon's own native shim (the same RDKit code path the
CLI uses), so a SMILES the CLI cannot read never reaches the dictionary. CAS RNs must pass their check
digit. Names that the knowledge base already knows, and names that point to two different structures,
are dropped: a dictionary only ever supplies a structure, never a listing.

Usage: scripts/build-dictionaries.py [--chedl DIR] [--oscar-jar JAR] [--report FILE]
Needs artifacts/cli/runtimes/linux-x64/native/libcordon_native.so (run ./cordon once) and python3-yaml.
"""
import argparse
import ctypes
import glob
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "rules", "dictionaries")
CHEBI_ENTRY = "uk/ac/cam/ch/wwmm/oscar/chemnamedict/chemnamedict.xml"
MAX_SYNONYMS = 30
MIN_KEY = 5  # shorter synonyms are mostly abbreviations that mean several things ("dce", "mipa")

# Synonyms with these are registry codes, grades, trade marks, mixtures or polymers, not names of one substance.
NOISE = re.compile(
    r"®|™|\btm\b|\(tn\)|\(van\)|\(inn\)|\(usan\)|\(usp\)|\(jan\)|\bnsc\b|ccris|hsdb|einecs|\bunii\b|\bbrn\b|\bai3\b|"
    r"caswell|\bepa\b|fema|\bins\b|chembl|dtxsid|dtxcid|schembl|mfcd|akos|\bksc\b|bidd|\bnci\b|\bwln\b|"
    r"\blot\b|polymer|resin|solution|grade|standard|reagent|mixture|technical|pesticide|\bpoly|intolerance|diabetes|deficiency|poisoning|allergy|"
    r"\bcompd\b|\bsoln\b|\bmin\.|\bmax\.|\bpure\b|%|\bcas\b|\bec\b|\bun\d|\bcid\b|\bdea\b"
)
CAS_SHAPE = re.compile(r"^\d{2,7}-\d{2}-\d$")
DIGIT_RUN = re.compile(r"\d{4,}")
CHARGE_SUFFIX = re.compile(r"\(\d*[+-]\)|\b(ion|anion|cation|radical|residue|group|moiety|zwitterion)\b|-yl$|ium$")


def name_key(text):
    """Cordon's NameKey: letters and digits only, lower case, diacritics removed."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c.lower() for c in decomposed if unicodedata.category(c) != "Mn" and c.isalnum())


def cas_valid(cas):
    if not CAS_SHAPE.match(cas):
        return False
    digits = cas.replace("-", "")
    body, check = digits[:-1], int(digits[-1])
    return sum(int(d) * (i + 1) for i, d in enumerate(reversed(body))) % 10 == check


class Shim:
    """The few native calls the build needs, through ctypes."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        lib.cdn_last_error.restype = ctypes.c_char_p
        lib.cdn_mol_from_smiles.argtypes = [ctypes.c_char_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_void_p)]
        lib.cdn_mol_free.argtypes = [ctypes.c_void_p]
        lib.cdn_free.argtypes = [ctypes.c_void_p]
        lib.cdn_mol_to_smiles.argtypes = [ctypes.c_void_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_void_p)]
        lib.cdn_mol_formula.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]
        lib.cdn_mol_standardize.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p),
                                            ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_int32)]
        self.lib = lib

    def _take(self, pointer):
        text = ctypes.cast(pointer, ctypes.c_char_p).value.decode()
        self.lib.cdn_free(pointer)
        return text

    def parent(self, smiles):
        """(flat parent SMILES, formula of the whole record) or (None, error message)."""
        data = smiles.encode()
        mol = ctypes.c_void_p()
        if self.lib.cdn_mol_from_smiles(data, len(data), ctypes.byref(mol)) != 0:
            return None, self.lib.cdn_last_error().decode()
        try:
            formula = ctypes.c_void_p()
            if self.lib.cdn_mol_formula(mol, ctypes.byref(formula)) != 0:
                return None, self.lib.cdn_last_error().decode()
            formula_text = self._take(formula)
            parent, removed, neutralised = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_int32()
            if self.lib.cdn_mol_standardize(mol, ctypes.byref(parent), ctypes.byref(removed), ctypes.byref(neutralised)) != 0:
                return None, self.lib.cdn_last_error().decode()
            self.lib.cdn_free(removed)
            try:
                out = ctypes.c_void_p()
                if self.lib.cdn_mol_to_smiles(parent, 0, ctypes.byref(out)) != 0:
                    return None, self.lib.cdn_last_error().decode()
                return self._take(out), formula_text
            finally:
                self.lib.cdn_mol_free(parent)
        finally:
            self.lib.cdn_mol_free(mol)


def load_kb(shim):
    """Names and CAS RNs the knowledge base already holds, with each entry's id and flat structure."""
    names, cas_numbers = {}, {}
    for path in sorted(glob.glob(os.path.join(ROOT, "rules", "**", "*.yaml"), recursive=True)):
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
        if not isinstance(document, dict):
            continue
        for entry in document.get("substances") or []:
            flat = shim.parent(entry["smiles"])[0] if entry.get("smiles") else None
            record = (entry["id"], flat)
            for name in [entry["name"], *(entry.get("synonyms") or [])]:
                names.setdefault(name_key(str(name)), []).append(record)
            for cas in [entry.get("cas"), *[f.get("cas") for f in entry.get("form_cas") or []]]:
                if cas:
                    cas_numbers.setdefault(str(cas), []).append(record)
    return names, cas_numbers


def clean_names(candidates, common=None):
    kept, seen = [], set()
    for raw in candidates:
        name = " ".join(raw.split())
        key = name_key(name)
        short_ok = common is not None and name == common and len(key) >= 3
        if not key or key in seen or "|" in name or "\t" in name:
            continue
        if (len(key) < MIN_KEY and not short_ok) or key.isdigit() or CAS_SHAPE.match(name) or DIGIT_RUN.search(name):
            continue
        if NOISE.search(name):
            continue
        seen.add(key)
        kept.append(name)
    return kept


def with_spellings(names):
    """British spellings beside the American ones the sources use ("aluminium oxide" for "aluminum oxide")."""
    out = list(names)
    for name in names:
        for us, uk in (("aluminum", "aluminium"), ("sulfur", "sulphur"), ("sulfate", "sulphate"), ("sulfide", "sulphide"),
                       ("sulfite", "sulphite")):
            if us in name and name.replace(us, uk) not in out:
                out.append(name.replace(us, uk))
    return out


def read_chedl(directory, shim, report):
    records = []
    files = ["chemical identifiers pubchem small.tsv", "chemical identifiers example user db.tsv", "Inorganic db.tsv"]
    for file_name in files:
        with open(os.path.join(directory, file_name), encoding="utf-8") as handle:
            for line_number, line in enumerate(handle, 1):
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 9:
                    report.append(f"chedl {file_name}:{line_number}: fewer than 9 columns")
                    continue
                cid, cas, smiles, iupac, common = cols[0], cols[1], cols[4], cols[7], cols[8]
                where = f"chedl {file_name}:{line_number} ({common or iupac}, CAS {cas})"
                if not cas_valid(cas):
                    report.append(f"{where}: CAS RN fails its check digit or shape; record dropped")
                    continue
                if not smiles or "*" in smiles:
                    report.append(f"{where}: no single structure; record dropped")
                    continue
                flat, formula = shim.parent(smiles)
                if flat is None:
                    report.append(f"{where}: SMILES '{smiles}' does not parse: {formula}; record dropped")
                    continue
                if re.search(r"[+-]\d*$", formula):
                    report.append(f"{where}: an ion, not a substance one trades; record dropped")
                    continue
                names = with_spellings(clean_names([common, iupac, *cols[9:9 + MAX_SYNONYMS]], common=common))
                source_id = f"pubchem:{cid}" if cid not in ("", "-1") else f"chedl:{cas}"
                records.append({"id": source_id, "cas": cas, "smiles": smiles, "flat": flat, "names": names, "where": where})
    return records


def read_chebi(jar, shim, report):
    with zipfile.ZipFile(jar) as archive:
        root = ET.fromstring(archive.read(CHEBI_ENTRY))
    records = []
    for node in root.iter("record"):
        chebi = node.findtext("ontID") or "?"
        raw = node.findtext("SMILES") or ""
        names = [n.text or "" for n in node.findall("name")]
        where = f"chebi {chebi} ({names[0] if names else '?'})"
        # The XML doubles backslashes (double-bond geometry); RDKit reads the single form.
        smiles = raw.replace("\\\\", "\\")
        if not smiles or "*" in smiles or "R" in re.sub(r"\[[^\]]*\]", "", smiles):
            continue  # classes and groups (R, *) have no single structure
        flat, formula = shim.parent(smiles)
        if flat is None:
            report.append(f"{where}: SMILES '{raw}' does not parse: {formula}; record dropped")
            continue
        if re.search(r"[+-]\d*$", formula):
            continue  # ions and conjugate acids/bases: a traded chemical is the neutral substance
        names = with_spellings([n for n in clean_names(names) if not CHARGE_SUFFIX.search(n)])
        if names:
            records.append({"id": chebi.lower(), "cas": "", "smiles": smiles, "flat": flat, "names": names, "where": where})
    return records


def skeleton(flat):
    """Identity for name conflicts: the flat parent without charges, isotopes or stereo is already flat SMILES."""
    return flat


def drop_conflicts(records, kb_names, kb_cas, taken, report, label):
    """Drops names and CAS RNs the knowledge base holds, and names that mean two structures in this source."""
    by_key = {}
    for record in records:
        for name in record["names"]:
            by_key.setdefault(name_key(name), set()).add(skeleton(record["flat"]))
    ambiguous = {k for k, structures in by_key.items() if len(structures) > 1}
    counts = {"kb_name": 0, "kb_cas": 0, "ambiguous": 0, "earlier_source": 0}
    for record in records:
        kept = []
        for name in record["names"]:
            key = name_key(name)
            if key in kb_names:
                counts["kb_name"] += 1
                differing = [i for i, flat in kb_names[key] if flat is not None and flat != record["flat"]]
                if differing:
                    report.append(f"{record['where']}: name '{name}' is knowledge-base entry {', '.join(differing)} "
                                  f"with a different structure; name dropped (the knowledge base decides)")
                continue
            if key in ambiguous:
                counts["ambiguous"] += 1
                continue
            if key in taken and taken[key] != record["flat"]:
                counts["earlier_source"] += 1
                continue
            kept.append(name)
        record["names"] = kept
        if record["cas"] and record["cas"] in kb_cas:
            counts["kb_cas"] += 1
            differing = [i for i, flat in kb_cas[record["cas"]] if flat is not None and flat != record["flat"]]
            if differing:
                report.append(f"{record['where']}: CAS RN is knowledge-base entry {', '.join(differing)} with a "
                              f"different structure; CAS RN dropped (the knowledge base decides)")
            record["cas"] = ""
    for key in ambiguous:
        report.append(f"{label}: name key '{key}' names {len(by_key[key])} different structures; dropped")
    return counts


def dedupe_cas(records, report):
    first = {}
    for record in records:
        cas = record["cas"]
        if not cas:
            continue
        if cas in first:
            other = first[cas]
            if other["flat"] != record["flat"]:
                report.append(f"{record['where']}: CAS RN also on {other['where']} with another structure; "
                              f"the first record keeps it")
            else:
                other["names"].extend(n for n in record["names"] if name_key(n) not in {name_key(m) for m in other["names"]})
            record["cas"] = ""
            record["names"] = [] if other["flat"] == record["flat"] else record["names"]
        else:
            first[cas] = record


def write(path, records, header):
    rows = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header:
            out.write(f"# {line}\n")
        out.write("# columns: source id, CAS RN (may be empty), SMILES, name, other names separated by ' | '\n")
        for record in records:
            if not record["names"] and not record["cas"]:
                continue
            names = record["names"] or [record["cas"]]
            out.write("\t".join([record["id"], record["cas"], record["smiles"], names[0], " | ".join(names[1:])]) + "\n")
            rows += 1
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chedl", default=os.path.join(ROOT, "..", "shared", "reference", "open-data", "chedl"))
    parser.add_argument("--oscar-jar", default="/usr/share/java/oscar4-chemnamedict.jar")
    parser.add_argument("--native", default=os.path.join(ROOT, "artifacts", "cli", "runtimes", "linux-x64", "native", "libcordon_native.so"))
    parser.add_argument("--report", default=os.path.join(OUT, "build-report.txt"))
    args = parser.parse_args()
    shim = Shim(args.native)
    report = []
    kb_names, kb_cas = load_kb(shim)

    chedl = read_chedl(args.chedl, shim, report)
    dedupe_cas(chedl, report)
    chedl_counts = drop_conflicts(chedl, kb_names, kb_cas, {}, report, "chedl")
    taken = {name_key(n): r["flat"] for r in chedl for n in r["names"]}
    chebi = read_chebi(args.oscar_jar, shim, report)
    chebi_counts = drop_conflicts(chebi, kb_names, kb_cas, taken, report, "chebi")
    for record in chebi:  # a name ChEDL already maps to the same structure adds nothing
        record["names"] = [n for n in record["names"] if name_key(n) not in taken]

    os.makedirs(OUT, exist_ok=True)
    n_chedl = write(os.path.join(OUT, "chedl.tsv"), chedl, [
        "Ordinary chemicals: names, CAS RNs and structures from the Chemical Engineering Design Library",
        "(CalebBell/chemicals, chemicals/Identifiers/, commit 82faef900dcf2b48537c31bcf1ab56c35bb79a1e), MIT licence:",
        "see chedl.LICENSE.txt. Generated by scripts/build-dictionaries.py; do not edit by hand.",
        "Resolution only: an entry supplies a structure; the knowledge base decides any listing."])
    n_chebi = write(os.path.join(OUT, "chebi.tsv"), chebi, [
        "Chemical names and structures from ChEBI (EMBL-EBI, CC BY 4.0), as packaged in OSCAR4's chemnamedict.xml",
        "(Debian liboscar4-java 5.2.0): see chebi.LICENSE.txt. Generated by scripts/build-dictionaries.py; do not edit by hand.",
        "Resolution only: an entry supplies a structure; the knowledge base decides any listing."])
    with open(args.report, "w", encoding="utf-8") as out:
        out.write(f"chedl: {n_chedl} entries written; names dropped: {chedl_counts}\n")
        out.write(f"chebi: {n_chebi} entries written; names dropped: {chebi_counts}\n")
        out.writelines(line + "\n" for line in report)
    print(f"chedl {n_chedl}, chebi {n_chebi} entries; {len(report)} report lines in {os.path.relpath(args.report, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
