#!/usr/bin/env bash
# Server time of the web pages people open most, on the demo data, measured with wrk.
#
#   tests/load/pages-benchmark.sh [--seconds 20] [--connections 4]
#
# Starts its own PostgreSQL cluster (port 55462, data under .pgdata/bench-pages) and a Release build
# of the service on 127.0.0.1:5093 with the demo data (120 facilities × 36 months, a first baseline
# run), signs in through the sign-in form as the demo analyst (cookie session), then runs wrk on:
#   1. a facility page: /facilities/1?year=2024 (months, annual total, baseline in words, chart data)
#   2. the support candidates page: /support-candidates?year=2024
# Prints requests/s, p50, p95 and p99 latency and non-2xx responses for each. A few connections on
# loopback, so the latency is the server's time rather than queueing. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
SECONDS_EACH=20; CONNECTIONS=4
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_EACH="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

PORT=55462
PGDIR="$ROOT/.pgdata/bench-pages"
DATA="$ROOT/.pgdata/bench-pages-data"
API_PORT=5093
source tests/load/bench-setup.sh
DEMO_PASSWORD=$(sed -n 's/.*const string Password = "\(.*\)";/\1/p' src/EnergySaving.Api/Demo/DemoSettings.cs)

bench_start_database
bench_start_api EnergySaving__Demo__Load=true EnergySaving__Demo__SeedDataPath="$ROOT/seed-data" \
  EnergySaving__Jobs__QueuePollIntervalSeconds=1 EnergySaving__Jobs__NightlyCron=
BASE="http://127.0.0.1:$API_PORT"

# Sign in through the form: the antiforgery cookie and token from GET /login, then POST.
JAR="$DATA/cookies.txt"; rm -f "$JAR"
TOKEN_FIELD=$(curl -fs -c "$JAR" "$BASE/login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null -X POST "$BASE/login" \
  --data-urlencode "email=analyst@energysaving.example" --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode "__RequestVerificationToken=$TOKEN_FIELD"
SESSION=$(awk '$6 == "energysaving_session" { print $7 }' "$JAR")
[ -n "$SESSION" ] || { echo "sign-in failed" >&2; exit 1; }
COOKIE="energysaving_session=$SESSION"

echo "== waiting for the demo's first baseline run (candidates of 2024)"
for _ in $(seq 1 240); do
  curl -fs -b "$COOKIE" "$BASE/support-candidates?year=2024" | grep -q 'id="candidates"' && \
  [ "$(curl -fs -b "$COOKIE" "$BASE/support-candidates?year=2024" | grep -c '<tr><td class="num">')" -gt 0 ] && break
  sleep 1
done

cat > "$DATA/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("  requests/s %.1f   p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   non-2xx %d   socket errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

for path in "/facilities/1?year=2024" "/support-candidates?year=2024"; do
  curl -fs -o /dev/null -b "$COOKIE" "$BASE$path" # warm up
  echo "== GET $path  ($CONNECTIONS connections, ${SECONDS_EACH}s)"
  wrk -t "$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))" -c "$CONNECTIONS" -d "${SECONDS_EACH}s" -H "Cookie: $COOKIE" -s "$DATA/report.lua" "$BASE$path" | tail -n 1
done
