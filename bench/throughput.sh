#!/usr/bin/env bash
# Side-by-side throughput: `cordon check --file` against the peer RDKit/Python script on the
# NCI set, in one hyperfine run so both see the same machine load (quote the ratio, not times).
# Usage: bench/throughput.sh   (SHARED=/path/to/shared to override where the peer script lives)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
input=/usr/share/RDKit/Data/NCI/first_5K.smi
molecules=4999   # lines of first_5K.smi

missing=()
for p in python3-rdkit rdkit-data hyperfine; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

[ -f "$shared/bench/baseline_rdkit.py" ] || { echo "no peer script at $shared/bench/baseline_rdkit.py (set SHARED)" >&2; exit 1; }

cd "$root"
# The launcher builds into artifacts/cli on first run; do it now so no build is timed.
./cordon --help >/dev/null

json="$(mktemp)"
trap 'rm -f "$json"' EXIT
hyperfine --warmup 1 --runs 5 --export-json "$json" \
  -n cordon "./cordon check --file $input --format jsonl > /dev/null" \
  -n cordon-listed-only "./cordon check --file $input --format jsonl --listed-only > /dev/null" \
  -n peer "/usr/bin/python3 $shared/bench/baseline_rdkit.py $shared/reference/precursors.csv < $input > /dev/null"

/usr/bin/python3 - "$json" "$molecules" <<'PY'
import json, sys
results = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
n = int(sys.argv[2])
rate = {k: n / v for k, v in results.items()}
for k in ("cordon", "cordon-listed-only", "peer"):
    print(f"{k:18s} {results[k]:7.3f} s  {rate[k]:8.0f} mol/s")
print(f"ratio cordon (all definitions and alerts) / peer: {rate['cordon'] / rate['peer']:.2f}x")
print(f"ratio cordon (listed only) / peer: {rate['cordon-listed-only'] / rate['peer']:.2f}x")
print(f"definitions and alerts keep {rate['cordon'] / rate['cordon-listed-only']:.0%} of listed-only throughput")
PY
