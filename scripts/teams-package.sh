#!/usr/bin/env bash
# Builds the Teams app package: manifests/teams/manifest.json with its placeholders filled, plus color.png and
# outline.png, zipped at the root of the archive as Teams expects for sideloading or the admin centre.
#
#   scripts/teams-package.sh --bot-id <MicrosoftAppId> --domain <bot host name> [--app-id <guid>] [--version 1.0.0] [--out file.zip]
#
# --bot-id defaults to $MicrosoftAppId. --app-id (the Teams app's own id) defaults to a UUID derived from the bot id,
# so rebuilding the package updates the same app instead of adding a second one.
set -euo pipefail
cd "$(dirname "$0")/.."

bot_id="${MicrosoftAppId:-}"
domain="${BOT_DOMAIN:-}"
app_id=""
version="1.0.0"
out="artifacts/teams/rolebot-teams.zip"
while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id) bot_id="$2"; shift 2 ;;
    --domain) domain="$2"; shift 2 ;;
    --app-id) app_id="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "teams-package: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

python3 - "$bot_id" "$domain" "$app_id" "$version" "$out" <<'PY'
import json, pathlib, re, sys, uuid, zipfile

bot_id, domain, app_id, version, out = sys.argv[1:]
guid = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
def fail(message):
    print(f"teams-package: {message}", file=sys.stderr)
    sys.exit(2)

if not guid.match(bot_id):
    fail("--bot-id must be the bot's Entra app id (MicrosoftAppId), a GUID")
if not re.match(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", domain):
    fail("--domain must be the host name RoleBot is reached at, without https:// or a path (e.g. rolebot.contoso.com)")
app_id = app_id or str(uuid.uuid5(uuid.NAMESPACE_URL, f"rolebot-teams:{bot_id.lower()}"))
if not guid.match(app_id):
    fail("--app-id must be a GUID")
if not re.match(r"^[0-9]+\.[0-9]+\.[0-9]+$", version):
    fail("--version must look like 1.0.0")

source = pathlib.Path("manifests/teams")
text = (source / "manifest.json").read_text(encoding="utf-8")
for name, value in {"BOT_ID": bot_id, "TEAMS_APP_ID": app_id, "BOT_DOMAIN": domain, "APP_VERSION": version}.items():
    text = text.replace("${{" + name + "}}", value)
left = re.findall(r"\$\{\{[A-Z_]+\}\}", text)
if left:
    fail(f"placeholders left unfilled: {', '.join(sorted(set(left)))}")
json.loads(text)

target = pathlib.Path(out)
target.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
    package.writestr("manifest.json", text)
    package.write(source / "color.png", "color.png")
    package.write(source / "outline.png", "outline.png")
print(f"wrote {target} (Teams app id {app_id}, bot {bot_id}, version {version})")
PY
