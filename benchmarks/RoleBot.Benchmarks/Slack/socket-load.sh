#!/usr/bin/env bash
# Socket Mode on loopback: ack latency at ~200 envelopes/s, then the time from a dropped socket to events flowing again.
# RoleBot runs in Release with only an app token (no signing secret, no public URL) and rate limiting off, so every
# envelope gets a real answer; the Slack side is
# `RoleBot.Benchmarks socket-load` (SocketModeLoad.cs), which also stands in for chat.postMessage and counts answers.
# Usage: benchmarks/RoleBot.Benchmarks/Slack/socket-load.sh [seconds=60] [rate=200] [connections=2]
set -euo pipefail

seconds=${1:-60}
rate=${2:-200}
connections=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d /tmp/rolebot-socket-load.XXXXXX)
port=5083

dotnet build "$root/src/RoleBot/RoleBot.csproj" -c Release --artifacts-path "$work/artifacts" -v q -nologo >/dev/null
dotnet build "$root/benchmarks/RoleBot.Benchmarks/RoleBot.Benchmarks.csproj" -c Release --artifacts-path "$work/artifacts" -v q -nologo >/dev/null

dotnet "$work/artifacts/bin/RoleBot.Benchmarks/release/RoleBot.Benchmarks.dll" socket-load "$port" "$rate" "$seconds" "$connections" &
load_pid=$!
sleep 2
Slack__AppToken=xapp-1-load-test Slack__BotToken=xoxb-load-test Slack__ApiBaseUrl="http://127.0.0.1:$port/api/" \
  Slack__SocketConnections="$connections" Slack__RetryBaseDelay=00:00:00.100 RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
  ASPNETCORE_URLS="http://127.0.0.1:5084" dotnet "$work/artifacts/bin/RoleBot/release/RoleBot.dll" >"$work/rolebot.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid $load_pid 2>/dev/null || true; rm -rf "$work"' EXIT

wait $load_pid
grep -E "fail|Error" "$work/rolebot.log" | head -5 || true
