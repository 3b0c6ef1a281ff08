#!/usr/bin/env bash
# Load benchmark of the service (not a test): wrk on loopback against /api/waves/{id}/metrics pages
# while another wave is being ingested. Usage: benchmarks/service-load/run.sh [PORT] [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${1:-5099}
seconds=${2:-20}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release "$root/src/NetworkGraph.Service" -v q -nologo >/dev/null
mkdir -p "$work/inbox/zone6"
cp "$root"/data/zone6/*.csv "$work/inbox/zone6/" && touch "$work/inbox/zone6/READY"
cd "$work"
Logging__LogLevel__Default=Warning dotnet "$root/src/NetworkGraph.Service/bin/Release/net10.0/NetworkGraph.Service.dll" \
  --urls "http://127.0.0.1:$port" >"$work/service.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/api/waves/zone6/report" >/dev/null; do sleep 0.2; done
# Keep ingesting new waves (same survey under new ids) during the measurement.
( for i in $(seq 1 1000); do
    mkdir -p "$work/next$i" && cp "$root"/data/zone6/*.csv "$work/next$i/"
    mv "$work/next$i" "$work/inbox/wave$i" && touch "$work/inbox/wave$i/READY"
    while [ -e "$work/inbox/wave$i" ]; do sleep 0.1; done
  done ) &
feeder=$!
cat >"$work/pages.lua" <<'LUA'
local sorts = {"betweenness", "pagerank", "degree", "closeness", "id"}
local layers = {"all", "referral", "sending", "receiving", "exchange"}
local n = 0
request = function()
  n = n + 1
  local path = string.format("/api/waves/zone6/metrics?layer=%s&sort=%s&desc=true&page=%d&pageSize=20",
    layers[n % #layers + 1], sorts[n % #sorts + 1], n % 3 + 1)
  return wrk.format("GET", path)
end
LUA
wrk -t2 -c32 -d"${seconds}s" --latency -s "$work/pages.lua" "http://127.0.0.1:$port"
kill "$feeder" 2>/dev/null || true
echo "waves ingested during the run: $(curl -s "http://127.0.0.1:$port/api/waves" | grep -o '"id"' | wc -l)"
