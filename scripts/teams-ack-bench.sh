#!/usr/bin/env bash
# Measures how fast POST /api/messages acknowledges authenticated Teams activities: RoleBot (Release build) on
# loopback with a real app id, against a fake Microsoft on loopback (OpenID metadata, JWKS with this run's own key,
# token endpoint, Bot Connector), loaded at a fixed rate by hey. Every request carries a Bot Connector token that is
# fully validated. Prints hey's latency distribution; its 99% line is the p99 figure in the README.
#
#   scripts/teams-ack-bench.sh [requests per second, default 200] [seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
rate="${1:-200}"
seconds="${2:-30}"
workers=20
app_id="9c2f7d1e-8b3a-4c5d-9e6f-0a1b2c3d4e5f"
fake_port="${FAKE_PORT:-39301}"
bot_port="${BOT_PORT:-39302}"
artifacts="${TMPDIR:-/tmp}/rolebot-teams-bench-artifacts"

if ! command -v hey >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq hey >/dev/null
fi

work="$(mktemp -d)"
fake=""
bot=""
cleanup() {
  [ -n "$bot" ] && kill "$bot" 2>/dev/null && wait "$bot" 2>/dev/null || true
  [ -n "$fake" ] && kill "$fake" 2>/dev/null && wait "$fake" 2>/dev/null || true
  [ -f "$work/replies" ] && echo "Bot Connector replies received: $(cat "$work/replies")"
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build -c Release src/RoleBot/RoleBot.csproj --artifacts-path "$artifacts" -v q -nologo >/dev/null

python3 benchmarks/RoleBot.Benchmarks/Teams/fake_microsoft.py "$fake_port" "$app_id" "$work" &
fake=$!
for _ in $(seq 50); do [ -s "$work/token" ] && break; sleep 0.2; done

MicrosoftAppId="$app_id" MicrosoftAppPassword="load-test-password" MicrosoftAppType="MultiTenant" \
Teams__OpenIdMetadataUrl="http://127.0.0.1:$fake_port/openid" Teams__TokenEndpoint="http://127.0.0.1:$fake_port/token" \
Logging__LogLevel__Default="Warning" ASPNETCORE_URLS="http://127.0.0.1:$bot_port" DOTNET_ENVIRONMENT="Production" \
  dotnet "$artifacts/bin/RoleBot/release/RoleBot.dll" >"$work/rolebot.log" 2>&1 &
bot=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

cat >"$work/activity.json" <<JSON
{"type":"message","id":"1700000000001","channelId":"msteams","serviceUrl":"http://127.0.0.1:$fake_port/connector/",
 "from":{"id":"29:load-user","aadObjectId":"87d349ed-44d7-43e1-9a83-5f2406dee5bd"},
 "recipient":{"id":"28:$app_id","name":"RoleBot"},
 "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:load-test"},
 "text":"Who owns patch management?","locale":"en-US","entities":[{"type":"clientInfo","locale":"en-US"}]}
JSON
token="$(cat "$work/token")"
url="http://127.0.0.1:$bot_port/api/messages"

echo "== warm-up: 5 s at 100 requests/s"
hey -z 5s -c 4 -q 25 -m POST -T application/json -H "Authorization: Bearer $token" -D "$work/activity.json" "$url" >/dev/null
echo "== measured: $seconds s at $rate requests/s ($workers connections), loopback, $(nproc) cores"
hey -z "${seconds}s" -c "$workers" -q $((rate / workers)) -m POST -T application/json -H "Authorization: Bearer $token" -D "$work/activity.json" "$url" \
  | sed -n '/Summary:/,/Status code distribution:/p;/\[[0-9]*\]/p' | sed '/Response time histogram:/,/^$/d'
sleep 1
