#!/usr/bin/env bash
# Shows RoleBot working in a Teams client nobody here wrote: the Microsoft 365 Agents Playground (npm
# @microsoft/m365agentsplayground), which sends real Teams-shaped activities and renders Adaptive Cards like Teams.
# RoleBot runs in anonymous mode (no MicrosoftAppId; the playground sends no token) on loopback. Headless Chromium
# drives the playground's page: it waits for the welcome card, asks one question, clicks "Helpful" (an
# Action.Execute invoke), prints the answer card's text and saves a screenshot.
#
#   scripts/teams-playground.sh [question] [screenshot path, default docs/teams-playground.png]
set -euo pipefail
cd "$(dirname "$0")/.."
question="${1:-Who leads incident response?}"
screenshot="$(realpath -m "${2:-docs/teams-playground.png}")"
tools="${ROLEBOT_TOOLS:-$HOME/.rolebot-tools}/agents-playground"
artifacts="${TMPDIR:-/tmp}/rolebot-teams-playground-artifacts"
bot_port="${BOT_PORT:-3978}"
playground_port="${PLAYGROUND_PORT:-56150}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v chromium >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium nodejs npm >/dev/null
fi
if [ ! -x "$tools/node_modules/.bin/agentsplayground" ] || [ ! -d "$tools/node_modules/puppeteer-core" ]; then
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{"private":true}' > "$tools/package.json"
  # puppeteer-core drives the system Chromium; it downloads no browser.
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@microsoft/m365agentsplayground@0.2.28" "puppeteer-core@24"
fi

work="$(mktemp -d)"
bot=""
playground=""
cleanup() {
  [ -n "$playground" ] && kill "$playground" 2>/dev/null && wait "$playground" 2>/dev/null || true
  [ -n "$bot" ] && kill "$bot" 2>/dev/null && wait "$bot" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building RoleBot"
dotnet build -c Release src/RoleBot/RoleBot.csproj --artifacts-path "$artifacts" -v q -nologo >/dev/null

echo "== starting RoleBot (anonymous) on http://127.0.0.1:$bot_port/api/messages"
MicrosoftAppId="" MicrosoftAppPassword="" ASPNETCORE_URLS="http://127.0.0.1:$bot_port" \
  dotnet "$artifacts/bin/RoleBot/release/RoleBot.dll" >"$work/rolebot.log" 2>&1 &
bot=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
grep -A1 "ANONYMOUS" "$work/rolebot.log" | head -2 || true

echo "== starting the Agents Playground on http://localhost:$playground_port"
TEAMSAPPTESTER_BROWSER=none "$tools/node_modules/.bin/agentsplayground" \
  -e "http://127.0.0.1:$bot_port/api/messages" -c msteams --port "$playground_port" --disable-telemetry >"$work/playground.log" 2>&1 &
playground=$!
for _ in $(seq 100); do curl -fs "http://localhost:$playground_port/" >/dev/null 2>&1 && break; sleep 0.2; done

echo "== asking: $question"
mkdir -p "$(dirname "$screenshot")"
NODE_PATH="$tools/node_modules" node - "http://localhost:$playground_port/" "$question" "$screenshot" <<'JS'
const puppeteer = require("puppeteer-core");
const [url, question, screenshot] = process.argv.slice(2);
(async () => {
  const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1500 });
    await page.goto(url, { waitUntil: "networkidle2" });
    await page.waitForFunction(() => document.body.innerText.includes("Welcome to RoleBot"), { timeout: 30000 });
    console.log("welcome card shown on conversationUpdate");
    const box = await page.waitForSelector('[contenteditable="true"], textarea, [role="textbox"]');
    await box.click();
    await page.keyboard.type(question);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.body.innerText.includes("Escalation, in order") || document.body.innerText.includes("Owner:"), { timeout: 30000 });
    const cards = await page.$$eval(".ac-adaptiveCard", (nodes) => nodes.map((n) => n.innerText));
    console.log("answer card:\n" + cards[cards.length - 1]);
    const [helpful] = await page.$$('xpath/.//button[normalize-space(.)="Helpful"]');
    await helpful.click();
    await page.waitForFunction(() => document.body.innerText.includes("invoke 200"), { timeout: 30000 });
    console.log('clicked "Helpful": the playground logged "invoke 200"');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`screenshot: ${screenshot}`);
  } finally {
    await browser.close();
  }
})().catch((error) => { console.error(error); process.exit(1); });
JS
