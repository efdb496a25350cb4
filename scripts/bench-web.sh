#!/usr/bin/env bash
# Measures the web API on loopback with a Release build: resident memory (VmRSS) after QUESTIONS questions,
# then /api/ask next to the bare /healthz endpoint of the same app in the same run (the ratios are the figures,
# since absolute numbers depend on the machine). Needs wrk (apt-get install wrk). Not a test: nothing fails on speed.
# DIALOG=stub serves the same host from the benchmark project with the dialog replaced by one that replays each
# question's first real answer at once (benchmarks/RoleBot.Benchmarks/Web/ReplayingDialog.cs), so the figures are
# what RoleBot adds around the dialog: HTTP, middleware, JSON, rate limit, metrics and the learning log.
# Knobs: DIALOG (real or stub), PAIRS (12 alternating 3 s one-connection slices of each endpoint), DURATION (20s), THREADS (2), CONNECTIONS (16), QUESTIONS (100000), ARTIFACTS (build output).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ARTIFACTS=${ARTIFACTS:-/tmp/artifacts-bench-web}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
QUESTIONS=${QUESTIONS:-100000}
DIALOG=${DIALOG:-real}
PAIRS=${PAIRS:-12}
LUA="$ROOT/benchmarks/RoleBot.Benchmarks/Web/ask.lua"
RESULTS=$(mktemp -d /tmp/bench-web.XXXXXX)

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }

case "$DIALOG" in
  real) PROJECT=src/RoleBot/RoleBot.csproj; NAME=RoleBot; HOST_ARGS=() ;;
  stub) PROJECT=benchmarks/RoleBot.Benchmarks/RoleBot.Benchmarks.csproj; NAME=RoleBot.Benchmarks; HOST_ARGS=(web-host) ;;
  *) echo "DIALOG must be real or stub, not $DIALOG" >&2; exit 1 ;;
esac
dotnet build "$ROOT/$PROJECT" -c Release --artifacts-path "$ARTIFACTS" -nologo -v quiet >/dev/null
DLL=$(find "$ARTIFACTS/bin/$NAME" -path '*release*' -name "$NAME.dll" | head -n 1)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"

# Information-level request logs would measure the console, not RoleBot. wrk is one visitor at one address,
# so the per-visitor limit is raised out of the way but stays in the path; the learning log goes to scratch.
Logging__LogLevel__Default=Warning RateLimiting__PermitLimit=2000000000 Learning__DatabasePath="$RESULTS/learning.db" \
  dotnet "$DLL" "${HOST_ARGS[@]}" --urls "$BASE" >"$RESULTS/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "$BASE/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "$BASE/healthz" >/dev/null || { echo "RoleBot did not start:" >&2; cat "$RESULTS/server.log" >&2; exit 1; }

if [ "$DIALOG" = stub ]; then
  # The stub remembers each question's first answer: ask ask.lua's questions once, in order and in its pairs of
  # conversations, so follow-ups are remembered with their subject whatever order wrk's connections send them in.
  ASKED_ONCE=0
  while IFS= read -r QUESTION; do
    python3 -c 'import json, sys; print(json.dumps({"text": sys.argv[1], "conversationId": "warm-up-" + sys.argv[2]}))' "$QUESTION" $((ASKED_ONCE / 2)) |
      curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @- "$BASE/api/ask"
    ASKED_ONCE=$((ASKED_ONCE + 1))
  done < <(sed -n '/^local questions = {/,/^}/ s/^ *"\(.*\)",$/\1/p' "$LUA")
  [ "$ASKED_ONCE" -gt 0 ] || { echo "No questions found in $LUA" >&2; exit 1; }
fi

rss() { awk '/^VmRSS/ { print $2 / 1024 }' "/proc/$SERVER/status"; }
requests_per_second() { awk '/^Requests\/sec/ { print $2 }' "$1"; }
# wrk prints "99%  1.23ms" (or us / s); normalise to milliseconds.
percentile_ms() {
  awk -v p="$2%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000; print v }' "$1"
}
non_2xx() { awk '/Non-2xx/ { print $5; found = 1 } END { if (!found) print 0 }' "$1"; }

RSS_START=$(rss)

# wrk only runs for a duration, so each round asks for the remainder at a conservative rate and the script
# (ask.lua) stops each thread once its share is answered; the questions also warm up the JIT for what follows.
echo "Asking $QUESTIONS questions for the memory figure..."
ASKED=0
while [ "$ASKED" -lt "$QUESTIONS" ]; do
  REMAINING=$((QUESTIONS - ASKED))
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( REMAINING / 3000 + 5 ))s" -s "$LUA" "$BASE/api/ask" -- $(( (REMAINING + THREADS - 1) / THREADS )) >"$RESULTS/memory.txt"
  ASKED=$((ASKED + $(awk '/requests in/ { print $1 }' "$RESULTS/memory.txt")))
done
RSS_AFTER=$(rss)
HWM=$(awk '/^VmHWM/ { print $2 / 1024 }' "/proc/$SERVER/status")

echo "Measuring $DURATION each, $THREADS threads, $CONNECTIONS connections..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE/healthz" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/healthz" >"$RESULTS/bare.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LUA" "$BASE/api/ask" >"$RESULTS/ask.txt"
# Saturated p99 mostly measures CPU contention on a small machine; one connection measures the request itself.
wrk -t1 -c1 -d"$DURATION" --latency "$BASE/healthz" >"$RESULTS/bare-1.txt"
wrk -t1 -c1 -d"$DURATION" --latency -s "$LUA" "$BASE/api/ask" >"$RESULTS/ask-1.txt"
# On a shared machine the load drifts during a 20 s run; short alternating slices meet the same drift on both sides,
# so the median of their differences is the steadiest figure for what /api/ask adds.
for _ in $(seq 1 "$PAIRS"); do
  wrk -t1 -c1 -d3s --latency "$BASE/healthz" >"$RESULTS/pair-bare.txt"
  wrk -t1 -c1 -d3s --latency -s "$LUA" "$BASE/api/ask" >"$RESULTS/pair-ask.txt"
  echo "$(percentile_ms "$RESULTS/pair-bare.txt" 50) $(percentile_ms "$RESULTS/pair-ask.txt" 50)" >>"$RESULTS/pairs.txt"
done

BARE_RPS=$(requests_per_second "$RESULTS/bare.txt"); ASK_RPS=$(requests_per_second "$RESULTS/ask.txt")
BARE_P99=$(percentile_ms "$RESULTS/bare.txt" 99); ASK_P99=$(percentile_ms "$RESULTS/ask.txt" 99)
BARE1_P50=$(percentile_ms "$RESULTS/bare-1.txt" 50); ASK1_P50=$(percentile_ms "$RESULTS/ask-1.txt" 50)
BARE1_P99=$(percentile_ms "$RESULTS/bare-1.txt" 99); ASK1_P99=$(percentile_ms "$RESULTS/ask-1.txt" 99)
echo
echo "Dialog: $DIALOG"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1 /proc/loadavg); wrk and RoleBot share the cores."
printf "| endpoint | requests/s, %s connections | p99 at that load | p50 / p99, one connection | non-2xx |\n|---|---:|---:|---:|---:|\n" "$CONNECTIONS"
printf "| GET /healthz (bare) | %.0f | %.2f ms | %.3f / %.3f ms | %s |\n" "$BARE_RPS" "$BARE_P99" "$BARE1_P50" "$BARE1_P99" "$(non_2xx "$RESULTS/bare.txt")"
printf "| POST /api/ask | %.0f | %.2f ms | %.3f / %.3f ms | %s |\n" "$ASK_RPS" "$ASK_P99" "$ASK1_P50" "$ASK1_P99" "$(non_2xx "$RESULTS/ask.txt")"
awk -v a="$ASK_RPS" -v b="$BARE_RPS" -v ap="$ASK_P99" -v bp="$BARE_P99" -v a1="$ASK1_P50" -v b1="$BARE1_P50" \
  'BEGIN { printf "\n/api/ask vs bare: throughput %.2f x; p99 at load %.1f x; p50 on one connection %.1f x (%+.0f us)\n", a / b, ap / bp, a1 / b1, (a1 - b1) * 1000 }'
python3 - "$RESULTS/pairs.txt" <<'PAIRED'
import statistics, sys
pairs = [tuple(float(v) * 1000 for v in line.split()) for line in open(sys.argv[1])]
print("One connection, %d alternating 3 s slices: median p50 /healthz %.0f us, /api/ask %.0f us; median difference %+.0f us" % (
    len(pairs), statistics.median(b for b, _ in pairs), statistics.median(a for _, a in pairs), statistics.median(a - b for b, a in pairs)))
PAIRED
printf "Resident memory (VmRSS): %.0f MB at start; %.0f MB after %s questions (peak %.0f MB)\n" \
  "$RSS_START" "$RSS_AFTER" "$ASKED" "$HWM"
echo "Raw wrk output: $RESULTS"
