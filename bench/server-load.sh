#!/usr/bin/env bash
# Cordon Server under load (a benchmark, not a test): wrk against POST /v1/check at 64 connections, then a 100,000-row
# screen job end to end on SQLite and on PostgreSQL (rows/s stored, peak memory). Each phase gets a fresh server so the
# peak memory (VmHWM) is that phase's alone. Figures go in docs/benchmarks.md ("Cordon Server").
# wrk keeps 64 requests in flight (closed loop), so its latency is 64 / throughput by Little's law; bench/Cordon.LoadGenerator
# then sends a constant 1,000 requests/s (open loop) over up to 64 connections, which is the latency the goal (p99 at 1,000
# checks/s) asks about. (hey's -q gives each worker its own ticker, so its 64 workers fire together: bursts, not a rate.)
# Usage: bench/server-load.sh   (DURATION=20s CONNECTIONS=64 ROWS=100000 to change the load; PHASES=checks or PHASES=jobs for one part)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-64}"
rows="${ROWS:-100000}"
phases="${PHASES:-all}"
case "$phases" in all|jobs|checks) ;; *) echo "PHASES '$phases': expected all, checks or jobs" >&2; exit 2 ;; esac

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
missing=()
needed=(curl postgresql)
[ "$phases" != jobs ] && needed+=(wrk)
for p in "${needed[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

work="$(mktemp -d /tmp/cordon-server-bench.XXXXXX)"
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

echo "== build (Release)"
dotnet build "$root/src/Cordon.Server" -c Release -o "$root/artifacts/server" -v q -nologo >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"

# start_server NAME [--database CONN]: a fresh server with its own data folder; sets server_pid, url, token.
start_server() {
  local name="$1"; shift
  local port; port="$(free_port)"
  url="http://127.0.0.1:$port"
  # The per-caller rate limit (60,000/min by default) would cap the load test itself.
  CORDON__RequestsPerMinute=100000000 dotnet "$root/artifacts/server/cordon-server.dll" --data "$work/$name" --rules "$root/rules" \
    --urls "$url" "$@" >"$work/$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fs "$url/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/$name.log" >&2; exit 1; }
    sleep 0.2
  done
  token="$(grep -A1 'its API token' "$work/$name.log" | tail -1 | tr -d ' ')"
  [ -n "$token" ] || { echo "no first-start token in $work/$name.log" >&2; exit 1; }
  # A server runs long before its first job: the figures are for one that has finished its start-up warm-up.
  for _ in $(seq 1 600); do
    curl -fs "$url/health" | grep -q '"warmed_up":true' && break
    sleep 0.2
  done
  grep -h 'warm-up:' "$work/$name.log" | sed 's/^ */  /' || true
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }

if [ "$phases" != jobs ]; then
cat >"$work/check.lua" <<'LUA'
-- One query per request, cycling through a listed precursor, a name, a CAS number and ordinary goods.
local bodies = { '{"query":"acetone"}', '{"query":"fentanyl"}', '{"query":"437-38-7"}', '{"query":"glucose"}' }
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("CORDON_TOKEN")
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[n % #bodies + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("checks/s %.0f  p50 %.2f ms  p99 %.2f ms  max %.2f ms  errors %d (non-2xx %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
LUA
printf '%s\n' '{"query":"acetone"}' '{"query":"fentanyl"}' '{"query":"437-38-7"}' '{"query":"glucose"}' >"$work/mixed.jsonl"
printf '%s\n' '{"query":"fentanyl"}' >"$work/fentanyl.jsonl"
dotnet build "$root/bench/Cordon.LoadGenerator" -c Release -o "$root/artifacts/load" -v q -nologo >/dev/null
open_loop() { dotnet "$root/artifacts/load/Cordon.LoadGenerator.dll" --url "$url/v1/check" --token "$token" --connections "$connections" "$@"; }
seconds="${duration%s}"

# check_phase NAME LABEL [server options]: wrk's capacity (closed loop), then a constant 1,000 requests/s (open loop) of the
# mixed queries and of one named structure, and 500/s of the mixed queries.
check_phase() {
  local name="$1" label="$2"; shift 2
  start_server "$name" "$@"
  echo "== POST /v1/check, $label: wrk, $connections connections, $duration (SQLite)"
  # Warm the JIT and caches first, so the figure is the steady state.
  CORDON_TOKEN="$token" wrk -t2 -c"$connections" -d5s -s "$work/check.lua" "$url/v1/check" >/dev/null
  CORDON_TOKEN="$token" wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/check.lua" "$url/v1/check" | tail -1
  echo "== POST /v1/check, $label: open loop, $duration each (latency from each request's due time)"
  echo "  mixed at 1,000/s:    $(open_loop --bodies "$work/mixed.jsonl" --rate 1000 --seconds "$seconds")"
  echo "  fentanyl at 1,000/s: $(open_loop --bodies "$work/fentanyl.jsonl" --rate 1000 --seconds "$seconds")"
  echo "  mixed at 500/s:      $(open_loop --bodies "$work/mixed.jsonl" --rate 500 --seconds "$seconds")"
  echo "  server peak memory (VmHWM) $(peak_mb) MB"
  stop_server
}

check_phase check-cached "answers cache on (the default)"
check_phase check-uncached "answers cache off (every query resolved and classified)" --Cordon:CheckCacheEntries 0
fi
[ "$phases" = checks ] && exit 0

echo "== generate $rows declarations"
python3 - "$work/declarations.csv" "$rows" <<'PY'
import sys
goods = ["cotton t-shirts, 400 cartons", "ceramic floor tiles 20 pallets", "bicycle spare parts", "frozen shrimp 18 t",
         "LED light bulbs 5000 pcs", "wooden office chairs", "plastic storage boxes", "stainless steel cutlery sets"]
chemistry = ["acetone 200 L", "N-phenethyl-4-piperidone 5 kg", "toluene 1000 L", "potassium permanganate 50 kg", "glucose 25 kg"]
codes = ["6109.10", "6907.21", "8714.99", "0306.17", "8539.50", "9401.61", "3926.90", "8215.20"]
with open(sys.argv[1], "w") as f:
    f.write("id,description,hs_code\n")
    for i in range(int(sys.argv[2])):
        chem = i % 50 == 7
        f.write(f'D{i:06d},"{chemistry[i // 50 % len(chemistry)] if chem else goods[i % len(goods)]}",{"2914.11" if chem else codes[i % len(codes)]}\n')
PY

# screen_job NAME [--database CONN]: submit, poll, report screening and storing time, rows/s stored, peak memory.
screen_job() {
  local name="$1"; shift
  start_server "$name" "$@"
  local t0 t_screened="" t_done body id status screened
  t0="$(date +%s.%N)"
  body="$(curl -fs -H "Authorization: Bearer $token" -F "file=@$work/declarations.csv" "$url/v1/screen")"
  id="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$body")"
  while :; do
    body="$(curl -fs -H "Authorization: Bearer $token" "$url/v1/jobs/$id")"
    read -r status screened <<<"$(python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], j.get("rows_screened") or 0)' <<<"$body")"
    if [ -z "$t_screened" ] && { [ "$screened" -ge "$rows" ] || [ "$status" = complete ]; }; then t_screened="$(date +%s.%N)"; fi
    [ "$status" = complete ] || [ "$status" = failed ] && break
    sleep 0.1
  done
  t_done="$(date +%s.%N)"
  [ "$status" = complete ] || { echo "job $id failed: $body" >&2; exit 1; }
  python3 - "$name" "$rows" "$t0" "$t_screened" "$t_done" "$(peak_mb)" <<'PY'
import sys
name, rows, t0, ts, td, peak = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:6]), sys.argv[6]
print(f"{name}: {rows} rows in {td - t0:.1f} s = {rows / (td - t0):,.0f} rows/s stored end to end "
      f"(upload+screening {ts - t0:.1f} s, storing {td - ts:.1f} s); peak memory (VmHWM) {peak} MB")
PY
  stop_server
}

echo "== screen job end to end: SQLite"
screen_job sqlite

echo "== screen job end to end: PostgreSQL (temp cluster, default durability)"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
mkdir -p "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$work/pg" && chmod 755 "$work"
pg_data="$work/pg/data"
pg_port="$(free_port)"
"${pg_as[@]}" "$pg_bin/initdb" -D "$pg_data" -U cordon -A trust -E UTF8 >/dev/null
"${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg/log" -w -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
screen_job postgresql --database "Host=127.0.0.1;Port=$pg_port;Username=cordon;Database=postgres"
echo "machine load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
