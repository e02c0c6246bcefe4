#!/usr/bin/env bash
# The supplier network at scale (a benchmark, not a test): ROWS generated declarations (default 1,000,000, with rings, spelling
# variants and shared contacts: bench/Cordon.DeclarationGenerator) screened as one job into a PostgreSQL case store, then the
# team's network built from the stored rows (GET /v1/network: read, resolve, build) and queried: the neighbourhood at depth 2
# (500 nodes, the default, and 2,000, the most) and the shared-suppliers and paths answers of the 200 most flagged parties,
# timed one by one (curl, keep-alive off): the whole request and, from its Server-Timing header, the version check and the
# query alone.
# Figures go in docs/benchmarks.md ("Supplier network at scale").
# Usage: bench/network-scale.sh   (ROWS=200000 for a shorter run)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${ROWS:-1000000}"
work="$(mktemp -d /tmp/cordon-network-bench.XXXXXX)"
server_pid=""
pg_data=""
pg_as=()
[ "$(id -u)" -eq 0 ] && pg_as=(runuser -u postgres --)
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$pg_data" ] && "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

echo "== build (Release)"
dotnet build "$root/src/Cordon.Server" -c Release -o "$root/artifacts/server" -v q -nologo >/dev/null
dotnet build "$root/bench/Cordon.DeclarationGenerator" -c Release -o "$root/artifacts/netgen" -v q -nologo >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
t="$(now)"
dotnet "$root/artifacts/netgen/Cordon.DeclarationGenerator.dll" --rows "$rows" --seed 13 --out "$work/declarations.csv" --truth "$work/truth.json" \
  --sdn "$root/../shared/data/ofac-sdn-2021" >/dev/null
echo "generated $rows rows ($(du -m "$work/declarations.csv" | cut -f1) MB) in $(since "$t") s"

pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
mkdir -p "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$work/pg" && chmod 755 "$work"
pg_data="$work/pg/data"
pg_port="$(free_port)"
"${pg_as[@]}" "$pg_bin/initdb" -D "$pg_data" -U cordon -A trust -E UTF8 >/dev/null
"${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg/log" -w -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null

port="$(free_port)"
url="http://127.0.0.1:$port"
CORDON__RequestsPerMinute=100000000 CORDON__MaxUploadBytes=2147483648 dotnet "$root/artifacts/server/cordon-server.dll" --data "$work/server" \
  --rules "$root/rules" --urls "$url" --database "Host=127.0.0.1;Port=$pg_port;Username=cordon;Database=postgres" \
  --Cordon:Watchlists:0 "$root/../shared/data/ofac-sdn-2021" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  curl -fs "$url/health" | grep -q '"warmed_up":true' && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
token="$(grep -A1 'its API token' "$work/server.log" | tail -1 | tr -d ' ')"
auth=(-H "Authorization: Bearer $token")

t="$(now)"
id="$(curl -fs "${auth[@]}" -F "file=@$work/declarations.csv" "$url/v1/screen" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
while :; do
  status="$(curl -fs "${auth[@]}" "$url/v1/jobs/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')"
  [ "$status" = complete ] || [ "$status" = failed ] && break
  sleep 1
done
[ "$status" = complete ] || { echo "job $id $status" >&2; exit 1; }
echo "screened and stored $rows rows (PostgreSQL) in $(since "$t") s"

t="$(now)"
curl -fs "${auth[@]}" "$url/v1/network" >"$work/summary.json"
echo "network built from the store in $(since "$t") s"
python3 - "$work/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"  {s['parties']:,} parties from {s['spellings']:,} spellings, {s['designees']} designees, {s['shared_contacts']:,} shared details, edges {s['edges']}")
print("  build steps: " + ", ".join(f"{p['name']} {p['seconds']:.1f} s" for p in s['phases']))
PY
echo "server peak memory (VmHWM) $(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status") MB"
t="$(now)"
curl -fs "${auth[@]}" "$url/v1/network" >/dev/null
echo "second GET /v1/network (cached network, version check against the store): $(since "$t") s"

curl -fs "${auth[@]}" "$url/v1/network/top?limit=200" | python3 -c 'import json,sys; [print(r["party"]["id"]) for r in json.load(sys.stdin)]' >"$work/parties.txt"
for query in "neighbourhood?depth=2&party=" "neighbourhood?depth=2&max_nodes=2000&party=" "shared-suppliers?party=" "paths?max_hops=4&party="; do
  : >"$work/times.txt"
  while read -r party; do
    curl -fs -o /dev/null -w '%{time_total} %{size_download} %header{server-timing}\n' "${auth[@]}" "$url/v1/network/$query$party" >>"$work/times.txt"
  done <"$work/parties.txt"
  # Whole request (curl), and from the Server-Timing header the version check and the query alone (the rest is writing JSON).
  python3 - "$query" "$work/times.txt" <<'PY'
import re, sys
lines = [l.split(' ', 2) for l in open(sys.argv[2])]
def stats(name, values):
    values = sorted(values)
    pick = lambda p: values[min(len(values) - 1, int(p * len(values)))]
    return f"{name} p50 {pick(0.5):.1f} ms, p99 {pick(0.99):.1f} ms, max {values[-1]:.1f} ms"
timing = lambda l, key: float(re.search(key + r';dur=([0-9.]+)', l[2]).group(1))
print(f"GET /v1/network/{sys.argv[1].removesuffix('party=').rstrip('&')}: {len(lines)} parties, median {sorted(int(l[1]) for l in lines)[len(lines) // 2] / 1024:.0f} KB")
print("  " + stats("whole request", [float(l[0]) * 1000 for l in lines]))
print("  " + stats("version check", [timing(l, 'network') for l in lines]))
print("  " + stats("query", [timing(l, 'query') for l in lines]))
PY
done
echo "machine load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
