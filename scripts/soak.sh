#!/usr/bin/env bash
# Soak-and-fault run: two RoleBot instances (Release build) sharing one real redis-server and each other as peers for
# Slack claims, a mixed load of web asks with follow-ups, signed Slack events and commands and authenticated Teams
# activities, with faults injected every minute (Redis killed or frozen, fake Slack/Teams APIs answering 429, 500 or
# hanging, a broken knowledge edit, the learning-log folder removed). Prints what was sent, delivered, lost, duplicated,
# 5xx, latency per endpoint, memory per instance, peer claims and the faults; exits 1 on a lost answer, a duplicate
# (Redis outages included) or a 5xx. See soak.py.
#
#   scripts/soak.sh [seconds, default 600]        # CI: scripts/soak.sh 60
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-${SOAK_SECONDS:-600}}"
artifacts="${ARTIFACTS:-/tmp/rolebot-soak-artifacts}"

command -v redis-server >/dev/null || bash scripts/test-deps/redis.sh
command -v openssl >/dev/null || { echo "openssl is needed" >&2; exit 1; }

dotnet build -c Release src/RoleBot/RoleBot.csproj --artifacts-path "$artifacts" -v q -nologo >/dev/null
dll="$artifacts/bin/RoleBot/release/RoleBot.dll"

work="$(mktemp -d /tmp/rolebot-soak.XXXXXX)"
trap '[ "${KEEP:-}" = 1 ] && echo "kept $work" || rm -rf "$work"' EXIT
cp -r knowledge "$work/knowledge"
mkdir -p "$work/learning"
redis_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

python3 scripts/soak.py "$seconds" "$dll" "$redis_port" "$work"
