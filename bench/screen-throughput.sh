#!/usr/bin/env bash
# Lines per second of `cordon screen` on a generated 1,000,000-line declarations file (about 2 % chemistry).
# Usage: bench/screen-throughput.sh [ROWS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
input="${TMPDIR:-/tmp}/cordon-declarations-$rows.csv"
cd "$root"
./cordon --help >/dev/null
[ -f "$input" ] || dotnet run -c Release --project bench/Cordon.Benchmarks -- generate-declarations "$rows" "$input"
start=$(date +%s.%N)
/usr/bin/time -f "peak memory %M KB" ./cordon screen "$input" --format jsonl --out /dev/null
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{int(sys.argv[3])} lines in {s:.2f} s: {int(sys.argv[3])/s:,.0f} lines/s')" "$start" "$end" "$rows"
