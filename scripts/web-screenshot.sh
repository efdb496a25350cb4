#!/usr/bin/env bash
# Refreshes docs/web-chat.png: the browser test that shows conflicting figures also asks an incident question
# and saves the page when ROLEBOT_WEB_SCREENSHOT is set.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
bash "$ROOT/scripts/test-deps/chromium.sh"
mkdir -p "$ROOT/docs"
ROLEBOT_WEB_SCREENSHOT="$ROOT/docs/web-chat.png" dotnet test "$ROOT/tests/RoleBot.Web.Tests/RoleBot.Web.Tests.csproj" \
  --artifacts-path "${ARTIFACTS:-/tmp/artifacts-web-screenshot}" --filter "FullyQualifiedName~Figures_that_disagree_stand_side_by_side"
echo "Saved $ROOT/docs/web-chat.png"
