#!/usr/bin/env bash
# Ack latency of POST /slack/events at ~200 signed events/s on loopback, measured with wrk.
# RoleBot runs in Release against a fake Slack Web API (fake_slack_api.py) so every accepted event is also answered;
# the script checks at the end that the number of chat.postMessage calls equals the number of acked events.
# Usage: benchmarks/RoleBot.Benchmarks/Slack/ack-load.sh [seconds=30] [connections=10] [pause_ms=48]
set -euo pipefail

seconds=${1:-30}
connections=${2:-10}
pause=${3:-48}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d /tmp/rolebot-slack-load.XXXXXX)
secret="load-test-signing-secret"
app_port=5080
api_port=5081

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

dotnet build "$root/src/RoleBot/RoleBot.csproj" -c Release --artifacts-path "$work/artifacts" -v q -nologo >/dev/null

python3 "$here/fake_slack_api.py" "127.0.0.1:$api_port" &
api_pid=$!
Slack__SigningSecret=$secret Slack__BotToken=xoxb-load-test Slack__ApiBaseUrl="http://127.0.0.1:$api_port/api/" \
  Slack__RetryBaseDelay=00:00:00.100 Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$app_port" \
  dotnet "$work/artifacts/bin/RoleBot/release/RoleBot.dll" >"$work/rolebot.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid $api_pid 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null && break; sleep 0.2; done

# Enough unique events for the run at the target rate, with room to spare; the warm-up gets its own ids, because a
# repeated event id would be deduplicated rather than answered.
count=$(( (seconds + 10) * connections * 1000 / pause + 1000 ))
python3 "$here/make_events.py" "$secret" 2000 Ev0WARM >"$work/warm.lua"
python3 "$here/make_events.py" "$secret" "$count" Ev0LOAD >"$work/events.lua"

echo "warm-up (5 s)..."
wrk -t2 -c"$connections" -d5s -s "$here/ack.lua" "http://127.0.0.1:$app_port" -- "$work/warm.lua" 2 "$pause" >/dev/null
sleep 2
before=$(curl -fs "http://127.0.0.1:$api_port/count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["posts"])')

echo "measuring ($seconds s, $connections connections, ${pause} ms pause each)..."
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/ack.lua" "http://127.0.0.1:$app_port" -- "$work/events.lua" 2 "$pause" | tee "$work/wrk.txt"

sleep 3
after=$(curl -fs "http://127.0.0.1:$api_port/count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["posts"])')
acked=$(awk '/^requests /{gsub(",","",$2); print $2}' "$work/wrk.txt")
echo "answers posted to the fake Slack during the run: $((after - before)) (events acked: $acked)"
grep -E "fail|drop|Error" "$work/rolebot.log" | head -5 || true
