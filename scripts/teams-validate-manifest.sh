#!/usr/bin/env bash
# Validates a filled Teams app manifest against the official JSON schema its $schema names, offline, with
# npm @microsoft/app-manifest (installed by scripts/test-deps/teams-manifest.sh). Prints "valid" or the errors.
#
#   scripts/teams-validate-manifest.sh path/to/manifest.json
set -euo pipefail
manifest="$(realpath "${1:?usage: teams-validate-manifest.sh manifest.json}")"
tools="${ROLEBOT_TOOLS:-$HOME/.rolebot-tools}/teams-manifest"
if [ ! -d "$tools/node_modules/@microsoft/app-manifest" ]; then
  echo "teams-validate-manifest: the validator is not installed; run scripts/test-deps/teams-manifest.sh" >&2
  exit 3
fi
cd "$tools"
node - "$manifest" <<'JS'
const fs = require("fs");
const { AppManifestUtils } = require("@microsoft/app-manifest");
const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8").replace(/^\uFEFF/, ""));
AppManifestUtils.validateAgainstSchema(manifest).then(
  (errors) => {
    if (errors.length === 0) {
      console.log(`valid against ${manifest.$schema}`);
      return;
    }
    errors.forEach((e) => console.log(e));
    process.exitCode = 1;
  },
  (error) => {
    console.error(`teams-validate-manifest: ${error.message}`);
    process.exitCode = 2;
  });
JS
