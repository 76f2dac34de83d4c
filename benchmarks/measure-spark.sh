#!/bin/sh
# People per second of the Spark job (bin/matcher-spark) in local[1] and local[2] against the
# command line's batch (./matcher match, all cores) on the same generated data, and a check that
# all three give byte-identical match lines. Usage: benchmarks/measure-spark.sh [PEOPLE [OFFERS]]
# (default 4000 people, 100000 offers); ESCO=DIR for another taxonomy (default: the full ESCO
# download in ../shared/data, else the embedded sample taxonomy); OUT=DIR for the data and outputs.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
people=${1:-4000}
offers=${2:-100000}
out=${OUT:-/tmp/chancengeber-measure-spark}
esco=${ESCO:-$root/../shared/data/esco/v1.1.1}
set --
if [ -d "$esco" ]; then
  set -- --esco "$esco"
fi
today=2026-12-01
data="$out/data-$people-$offers"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

if [ ! -f "$data/vacancies.jsonl" ]; then
  "$root/matcher" generate "$@" --people "$people" --offers "$offers" --seed 42 --out "$data"
fi
echo "data: $people people, $offers offers (seed 42), taxonomy: ${esco:-sample}; $(nproc) cores;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

rm -rf "$out/cli.jsonl" "$out"/spark-*
t0=$(now)
"$root/matcher" match "$@" --today "$today" --candidates "$data/candidates.jsonl" \
  --vacancies "$data/vacancies.jsonl" --out "$out/cli.jsonl" 2> "$out/cli.err"
t1=$(now)
echo "matcher match (all cores): $(secs "$t0" "$t1") s wall; $(grep '^people:' "$out/cli.err")"

for n in 1 2; do
  t0=$(now)
  "$root/bin/matcher-spark" --master "local[$n]" "$@" --today "$today" \
    --candidates "$data/candidates.jsonl" --vacancies "$data/vacancies.jsonl" \
    --out "$out/spark-$n" 2> "$out/spark-$n.err"
  t1=$(now)
  echo "matcher-spark local[$n]: $(secs "$t0" "$t1") s wall (JVM and Spark start-up included)"
  grep -E '^(spark|people):' "$out/spark-$n.err" | sed 's/^/  /'
  if cat "$out/spark-$n/matches.jsonl"/part-* | cmp -s - "$out/cli.jsonl"; then
    echo "  match lines byte-identical to matcher match ($(wc -l < "$out/cli.jsonl") lines)"
  else
    echo "  match lines DIFFER from matcher match"
  fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
