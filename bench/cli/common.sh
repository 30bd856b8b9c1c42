# Shared by the whole-process benchmarks: paths, the corpus writer, and a timer that reports wall
# seconds, CPU seconds and peak memory from /usr/bin/time -v.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLI="$ROOT/cli-example/target/claimcheck.jar"
BENCH="$ROOT/bench/target/benchmarks.jar"
WORK="${CLAIMCHECK_BENCH_DIR:-${TMPDIR:-/tmp}/claimcheck-bench}"
mkdir -p "$WORK"
for jar in "$CLI" "$BENCH"; do
  [ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests ($jar is missing)" >&2; exit 2; }
done

# corpus KIND FILE ARGS...: writes FILE with bench's Corpus unless it is there already
corpus() {
  local kind=$1 file=$2
  shift 2
  [ -f "$file" ] || java -Dclaimcheck.seeds="$ROOT/seeds" -cp "$BENCH" io.claimcheck.bench.Corpus "$kind" "$file" "$@"
}

# timed LABEL COMMAND...: runs COMMAND (its standard output thrown away) and prints
# "LABEL wall=S cpu=S peak=MiB"; sets WALL, CPU and PEAK
timed() {
  local label=$1
  shift
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" > /dev/null 2> "$log" || true
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  CPU=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$log")
  PEAK=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$log")
  printf '%-34s wall=%6.2fs cpu=%6.2fs peak=%5d MiB\n' "$label" "$WALL" "$CPU" "$PEAK"
  rm -f "$log"
}

# mbps BYTES SECONDS
mbps() {
  awk -v b="$1" -v s="$2" 'BEGIN {printf "%.1f", b / 1e6 / s}'
}
