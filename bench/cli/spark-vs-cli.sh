#!/usr/bin/env bash
# The Spark runner in local mode against the CLI on 10,000 generated articles: the time of each
# whole process, and whether their claims and findings are the same.
# Usage: bench/cli/spark-vs-cli.sh [ARTICLES] [local[N]]
source "$(dirname "$0")/common.sh"
N=${1:-10000}
MASTER=${2:-local[$(nproc)]}
JOB="$ROOT/spark/target/claimcheck-spark-0.1.0-SNAPSHOT-job.jar"
CP="$ROOT/spark/target/classpath.txt"
[ -f "$JOB" ] || { echo "build first: mvn -B -q package -DskipTests -pl spark -am" >&2; exit 2; }
# Spark's own jars (provided scope) from the local repository; the reactor build resolves claimcheck's
[ -f "$CP" ] || (cd "$ROOT" && mvn -B -q -o package -DskipTests -pl spark -am dependency:build-classpath \
    -Dmdep.includeScope=compile -Dmdep.excludeGroupIds=io.claimcheck -Dmdep.outputFile="$CP")
FILE="$WORK/articles-$N.jsonl"
corpus articles "$FILE" "$N"
OPENS=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' "$ROOT/spark/pom.xml")
rm -rf "$WORK/spark-out"
timed "CLI check $N articles" java -jar "$CLI" check --fail-on never --format json -o "$WORK/cli-report.json" "$FILE"
# shellcheck disable=SC2086
timed "Spark $MASTER check $N articles" java $OPENS -Dspark.master="$MASTER" -Dspark.ui.enabled=false \
  -cp "$JOB:$(cat "$CP")" io.claimcheck.spark.SparkCheck --output "$WORK/spark-out" "$FILE"
head -1 "$WORK/spark-out/report.txt"
java -jar "$CLI" extract --threads 1 "$FILE" > "$WORK/cli-claims.jsonl"
cat "$WORK"/spark-out/claims.jsonl/part-* > "$WORK/spark-claims.jsonl"
if cmp -s "$WORK/cli-claims.jsonl" "$WORK/spark-claims.jsonl"; then
  echo "  claims: the same $(wc -l < "$WORK/cli-claims.jsonl") lines"
else
  echo "  claims: DIFFERENT"
fi
python3 - "$WORK/cli-report.json" "$WORK"/spark-out/findings.jsonl/part-* <<'PY'
import json, sys
cli = json.load(open(sys.argv[1], encoding="utf-8"))["findings"]
spark = [json.loads(l) for f in sys.argv[2:] for l in open(f, encoding="utf-8") if l.strip()]
key = lambda f: (f["rule"], f["severity"], tuple(f["claims"]), f["message"], f["explanation"])
same = sorted(map(key, cli)) == sorted(map(key, spark))
print(f"  findings: {'the same' if same else 'DIFFERENT'} ({len(cli)} from the CLI, {len(spark)} from Spark)")
PY
