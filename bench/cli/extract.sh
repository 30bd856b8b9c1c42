#!/usr/bin/env bash
# claimcheck extract, whole process, on 100 MB of JSON Lines articles (the seeds repeated), on one
# thread and on every core: MB/s of input, and the speed-up. Usage: bench/cli/extract.sh [MB] [RUNS]
# JAVA_OPTS is passed to the JVM (e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1), EXTRACT_OPTS to extract
# (e.g. EXTRACT_OPTS=--c2 to let C2 compile the extractor, which the CLI leaves to C1 by default).
source "$(dirname "$0")/common.sh"
MB=${1:-100}
RUNS=${2:-3}
FILE="$WORK/seeds-$MB.jsonl"
corpus seeds "$FILE" "$MB"
BYTES=$(stat -c %s "$FILE")
CORES=$(nproc)
for run in $(seq "$RUNS"); do
  timed "extract --threads 1 (run $run)" java ${JAVA_OPTS:-} -jar "$CLI" extract ${EXTRACT_OPTS:-} --threads 1 "$FILE"
  ONE=$WALL
  timed "extract --threads $CORES (run $run)" java ${JAVA_OPTS:-} -jar "$CLI" extract ${EXTRACT_OPTS:-} --threads "$CORES" "$FILE"
  echo "  run $run: one thread $(mbps "$BYTES" "$ONE") MB/s, $CORES threads $(mbps "$BYTES" "$WALL") MB/s," \
    "speed-up $(awk -v a="$ONE" -v b="$WALL" 'BEGIN {printf "%.2f", a / b}')x"
done
