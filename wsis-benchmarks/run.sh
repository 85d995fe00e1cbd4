#!/usr/bin/env bash
# Runs every benchmark of the SDK and rewrites the results part of docs/benchmarks.md and the
# chart docs/benchmarks.svg from what it measured. From the repository root:
#
#   wsis-benchmarks/run.sh           # the full run, under ten minutes on two cores
#   wsis-benchmarks/run.sh --quick   # one short iteration each and a 64 MiB file: checks the pipeline;
#                                    # its numbers mean nothing, and its page goes to target/results
#   wsis-benchmarks/run.sh --before BEFORE.jar COMMIT
#                                    # also runs the SDK, baseline and floor benchmarks of BEFORE.jar,
#                                    # a benchmarks.jar built from COMMIT, first in the same run; the
#                                    # page gets a table of before and after
#
# Needs JDK 17+ and Maven. Builds what it needs, runs JMH (results in
# wsis-benchmarks/target/results/), then times the wsis command as a process: one file with
# start-up, and a generated 1 GB NDJSON file under -Xmx64m, which it deletes afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
before_jar=
before_commit=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=true; shift ;;
    --before) before_jar=$2; before_commit=$3; shift 3 ;;
    *) echo "usage: run.sh [--quick] [--before BEFORE.jar COMMIT]" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
mvn -B -q package -pl wsis-benchmarks,wsis-cli -am -DskipTests -Djapicmp.skip

bench=wsis-benchmarks/target/benchmarks.jar
cli=wsis-cli/target/wsis.jar
results=wsis-benchmarks/target/results
mkdir -p "$results"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- JMH: forks, warm-up and measurement are in the benchmarks' annotations ---
jmh_args=(-prof gc -rf json -rff "$results/jmh.json")
large_bytes=$((1024 * 1024 * 1024))
cli_runs=10
if $quick; then
  jmh_args+=(-wi 1 -w 1 -i 1 -r 1 -p records=2000)
  large_bytes=$((64 * 1024 * 1024))
  cli_runs=3
fi
before_json=()
if [[ -n "$before_jar" ]]; then
  # The same JMH settings as below; only what the before-and-after table needs.
  java -jar "$before_jar" "${jmh_args[@]/jmh.json/before.json}" \
    'ReadAndValidateBenchmark\.(sdkReadAndValidate|naiveDatabindAndValidate|jacksonReadTree)' \
    'NdjsonBenchmark\.sdkReadAndValidate' | tee "$results/before.txt"
  before_json=("$results/before.json")
fi
java -jar "$bench" "${jmh_args[@]}" | tee "$results/jmh.txt"

# --- wsis validate on one file, start-up included ---
java -cp "$bench" io.github.wsis20.benchmarks.Payload CONTRACT_EXAMPLE "$work/contribution.json"
java -jar "$cli" validate "$work/contribution.json" > /dev/null   # page cache, not counted
times=()
for _ in $(seq "$cli_runs"); do
  t0=$(date +%s%N)
  java -jar "$cli" validate "$work/contribution.json" > /dev/null
  t1=$(date +%s%N)
  times+=($(( (t1 - t0) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
cli_median=$(seconds "${sorted[$(( ${#sorted[@]} / 2 ))]}")
cli_min=$(seconds "${sorted[0]}")
cli_max=$(seconds "${sorted[-1]}")

# --- a large NDJSON file under -Xmx64m; the peak heap from the GC log ---
# With -Xlog:gc each collection logs the heap in use before and after it; use only grows between
# collections, so the largest "before" is the peak, and the exit log adds the heap in use at the end.
java -cp "$bench" io.github.wsis20.benchmarks.NdjsonCorpus "$work/large.ndjson" "$large_bytes" > "$work/corpus.txt"
large_records=$(awk '{ print $2 }' "$work/corpus.txt")
large_size=$(stat -c %s "$work/large.ndjson")
t0=$(date +%s%N)
set +e
java -Xmx64m -Xlog:gc:file="$work/gc.log" -Xlog:gc+heap+exit:file="$work/exit.log" \
  -jar "$cli" validate "$work/large.ndjson" > "$work/large.out" 2> "$work/large.err"
large_exit=$?
set -e
t1=$(date +%s%N)
rm -f "$work/large.ndjson"
large_summary=$(tail -n 1 "$work/large.out")
large_seconds=$(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", ns / 1e9 }')
large_rate=$(awk -v b="$large_size" -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", b / 1e6 / (ns / 1e9) }')
read -r peak live gcs < <(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | tr -d 'M' | tr '>' ' ' | tr -d '-' |
  awk 'BEGIN { p = 0; l = 0; n = 0 } { if ($1 > p) p = $1; if ($2 > l) l = $2; n++ } END { print p, l, n }')
at_exit=$(grep -oE 'used [0-9]+K' "$work/exit.log" | head -n 1 | grep -oE '[0-9]+' || echo 0)
peak=$(awk -v p="$peak" -v e="$at_exit" 'BEGIN { e = e / 1024; printf "%d", (e > p ? e : p) }')

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
finished=$(date +%s)

cat > "$results/run.properties" <<PROPERTIES
date=$(date -u '+%Y-%m-%d %H:%M UTC')
command=wsis-benchmarks/run.sh
duration=$(( (finished - started) / 60 )) min $(( (finished - started) % 60 )) s
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
cores=$(nproc)
memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os=$(uname -srm)
java=$(java -version 2>&1 | head -n 2 | tail -n 1)
load.before=$load_before
before.commit=$before_commit
load.after=$load_after
cli.runs=$cli_runs
cli.median.s=$cli_median
cli.min.s=$cli_min
cli.max.s=$cli_max
large.megabytes=$(awk -v b="$large_size" 'BEGIN { printf "%.0f", b / 1e6 }')
large.records=$large_records
large.exit=$large_exit
large.summary=$large_summary
large.seconds=$large_seconds
large.rate=$large_rate
large.peak.heap=$peak
large.live.heap=$live
large.gcs=$gcs
PROPERTIES
cat "$results/run.properties"

if [[ $large_exit -gt 1 ]]; then
  echo "run.sh: wsis validate of the large file failed (exit $large_exit):" >&2
  cat "$work/large.err" >&2
  exit 1
fi
if $quick; then
  cp docs/benchmarks.md "$results/benchmarks.md"
  java -cp "$bench" io.github.wsis20.benchmarks.ResultsPage "$results/jmh.json" "$results/run.properties" \
    "$results/benchmarks.md" "$results/benchmarks.svg" "${before_json[@]}"
  echo "run.sh: quick run done; its page is $results/benchmarks.md, docs/ left as they were"
else
  java -cp "$bench" io.github.wsis20.benchmarks.ResultsPage "$results/jmh.json" "$results/run.properties" \
    docs/benchmarks.md docs/benchmarks.svg "${before_json[@]}"
  echo "run.sh: docs/benchmarks.md and docs/benchmarks.svg rewritten in $(( (finished - started) / 60 )) min"
fi
