#!/usr/bin/env bash
# Runs every RoleBot test. Installs what the tests need first (Chromium, npm tools), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

for dep in scripts/test-deps/*.sh; do
  [ -e "$dep" ] || continue
  echo "== test dependency: $dep"
  bash "$dep"
done

dotnet test RoleBot.sln "$@"
