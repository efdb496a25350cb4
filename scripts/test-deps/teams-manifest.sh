#!/usr/bin/env bash
# The Teams manifest test validates against the official schema with Microsoft's own validator, npm
# @microsoft/app-manifest, which ships the v1.x schemas and validates offline. Installed outside the work tree.
set -euo pipefail
tools="${ROLEBOT_TOOLS:-$HOME/.rolebot-tools}/teams-manifest"
version="1.1.2"
installed="$tools/node_modules/@microsoft/app-manifest/package.json"
if [ -f "$installed" ] && grep -q "\"version\": \"$version\"" "$installed" && [ -d "$tools/node_modules/fs-extra" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
mkdir -p "$tools"
[ -f "$tools/package.json" ] || echo '{"private":true}' > "$tools/package.json"
# fs-extra is required at run time but listed only as a devDependency of the package, so it comes separately.
npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@microsoft/app-manifest@$version" "fs-extra@^11"
echo "installed @microsoft/app-manifest $version in $tools"
