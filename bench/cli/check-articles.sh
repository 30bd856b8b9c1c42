#!/usr/bin/env bash
# claimcheck check, whole process, on 200 MB of JSON Lines articles (the seeds repeated, 40,000
# documents) in a 512 MB heap: it must finish and account for every document.
# Usage: bench/cli/check-articles.sh [MB]
source "$(dirname "$0")/common.sh"
MB=${1:-200}
FILE="$WORK/seeds-$MB.jsonl"
corpus seeds "$FILE" "$MB"
timed "check $MB MB, -Xmx512m" java -Xmx512m -jar "$CLI" check --fail-on never --format json -o "$WORK/report.json" "$FILE"
python3 - "$WORK/report.json" "$FILE" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
lines = sum(1 for line in open(sys.argv[2], encoding="utf-8") if line.strip())
docs = report["documents"]
failed = sum(1 for d in docs if d.get("error"))
print(f"  {len(docs)} documents in the report ({failed} failed) for {lines} lines; {len(report['claims'])} claims")
PY
