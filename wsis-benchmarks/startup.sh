#!/usr/bin/env bash
# Times the start-up of `wsis validate` on one small file, three ways, interleaved: each round runs
# every command once, so that a change in the machine's load touches them all alike. From the
# repository root, after `mvn -B verify` (or `mvn -B package -pl wsis-cli -am -DskipTests`):
#
#   wsis-benchmarks/startup.sh [BEFORE.jar] [ROUNDS]
#
# BEFORE.jar, when given, is a wsis.jar built from another commit, timed the same way. Prints each
# command's median, fastest and slowest wall time and its median CPU time (user + system); the
# numbers in docs/benchmarks.md ("Start-up of wsis validate") come from this script.
set -euo pipefail
cd "$(dirname "$0")/.."

before=${1:-}
rounds=${2:-25}
file=docs/examples/valid/contract-example.json
commands=()
if [[ -n "$before" ]]; then
  commands+=("java -jar $before validate $file")
fi
commands+=("java -jar wsis-cli/target/wsis.jar validate $file" "wsis-cli/wsis validate $file")

TIMEFORMAT='%R %U %S'
declare -A wall cpu
for c in "${commands[@]}"; do   # page cache and the JDK's own archive, not counted
  for _ in 1 2 3; do $c > /dev/null; done
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$rounds"); do
  for i in "${!commands[@]}"; do
    read -r r u s < <({ time ${commands[$i]} > /dev/null; } 2>&1 | tail -n 1)
    wall[$i]+="$r "
    cpu[$i]+="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }') "
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stats() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f %.2f %.2f\n", a[int((NR + 1) / 2)], a[1], a[NR] }'; }
printf '| command | wall time, median (fastest, slowest) | CPU time, median |\n|---|---:|---:|\n'
for i in "${!commands[@]}"; do
  read -r median fastest slowest < <(echo "${wall[$i]}" | stats)
  read -r cpu_median _ _ < <(echo "${cpu[$i]}" | stats)
  printf '| `%s` | %s s (%s, %s) | %s s |\n' "${commands[$i]}" "$median" "$fastest" "$slowest" "$cpu_median"
done
