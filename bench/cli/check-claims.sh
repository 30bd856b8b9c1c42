#!/usr/bin/env bash
# claimcheck check, whole process, on structured claims: 1,000,000 (10,000 events of 100) and
# 3,000,000 (30,000 events of 100), with the ratio of their times. Usage: [JAVA_OPTS=...] bench/cli/check-claims.sh [RUNS]
source "$(dirname "$0")/common.sh"
RUNS=${1:-3}
corpus claims "$WORK/claims-1m.jsonl" 10000 100
corpus claims "$WORK/claims-3m.jsonl" 30000 100
for run in $(seq "$RUNS"); do
  timed "check 1M claims (run $run)" java ${JAVA_OPTS:-} -jar "$CLI" check --fail-on never "$WORK/claims-1m.jsonl"
  ONE=$WALL
  timed "check 3M claims (run $run)" java ${JAVA_OPTS:-} -jar "$CLI" check --fail-on never "$WORK/claims-3m.jsonl"
  echo "  run $run: 3M / 1M = $(awk -v a="$WALL" -v b="$ONE" 'BEGIN {printf "%.2f", a / b}')"
done
