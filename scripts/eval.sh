#!/usr/bin/env bash
# Scores every labelled set under tests/RoleBot.Core.Tests/Eval (or the files given) with a Release build of RoleBot:
# one row per set, one column per kind (passed/total), and the pooled score. Extra settings go in environment variables,
# e.g. Semantic__Enabled=false ./scripts/eval.sh to see the lexical reading alone.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/RoleBot -c Release -v quiet -nologo >/dev/null
bin=src/RoleBot/bin/Release/net10.0/RoleBot
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [ "$#" -gt 0 ]; then sets=("$@"); else mapfile -t sets < <(find tests/RoleBot.Core.Tests/Eval -name '*.jsonl' | sort); fi
for set in "${sets[@]}"; do
  "$bin" ask --jsonl < "$set" > "$out/$(echo "$set" | tr '/' '_').out"
done

python3 - "$out" "${sets[@]}" <<'PY'
import json, sys

def check(label, ans):
    """The rules of shared/eval/score.py: None when the answer passes."""
    if ans is None or not (ans.get("text") or "").strip():
        return "no answer"
    kind, owner = label["kind"], ans.get("owner")
    if kind == "out_of_scope":
        return None if ans.get("answered") is False and owner is None else "answered"
    if kind == "help":
        return None if owner is None else "owner"
    if ans.get("answered") is not True:
        return "declined"
    if label.get("owner") and owner not in label["owner"]:
        return "owner"
    low = ans["text"].lower()
    if any(not any(a.lower() in low for a in t.split("|")) for t in label.get("must", [])):
        return "must"
    return "escalation" if kind == "escalation" and not ans.get("escalation") else None

kinds = ["ownership", "statistic", "escalation", "comparison", "role", "reporting", "help", "out_of_scope"]
out, sets = sys.argv[1], sys.argv[2:]
print(f"{'set':34s}" + "".join(f"{k[:12]:>13s}" for k in kinds) + f"{'all':>16s}")
pooled = [0, 0]
for s in sets:
    labels = [json.loads(l) for l in open(s, encoding="utf-8") if l.strip()]
    answers = {}
    for line in open(f"{out}/{s.replace('/', '_')}.out", encoding="utf-8"):
        d = json.loads(line)
        answers[d.get("id")] = d
    cells = {k: [0, 0] for k in kinds}
    for label in labels:
        cell = cells.setdefault(label["kind"], [0, 0])
        cell[0] += check(label, answers.get(label["id"])) is None
        cell[1] += 1
    ok, n = sum(c[0] for c in cells.values()), sum(c[1] for c in cells.values())
    pooled[0] += ok; pooled[1] += n
    row = "".join(f"{(str(cells[k][0]) + '/' + str(cells[k][1])) if cells[k][1] else '-':>13s}" for k in kinds)
    print(f"{s.split('Eval/')[-1]:34s}{row}{ok:>9d}/{n:<4d}{ok / n:7.1%}")
print(f"pooled: {pooled[0]}/{pooled[1]} = {pooled[0] / pooled[1]:.1%}")
PY
