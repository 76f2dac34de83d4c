#!/usr/bin/env bash
# Runs the measurements behind benchmarks/README.md, most important first, on a quiet machine:
# about 20 minutes on 2 cores. Needs the shaded jar (./mvnw -B verify) and, for ESCO, the shared
# data folder. Results go to benchmarks/target/results/ (one text file per step), or to $1.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="$(bin/find-jdk 21)/bin/java"
JAR=benchmarks/target/benchmarks.jar
OUT="${1:-benchmarks/target/results}"
mkdir -p "$OUT"
JVM=(-Xmx6g -XX:+UseParallelGC --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED)
PKG=org.chancengeber.matcher.benchmarks
STEPS="${STEPS:-scale1m footprint1m taxonomy scale100k people100k scale10k twophase}"

step() {
  echo "== $1 ($(date -u +%H:%M:%S) UTC)"
}

for s in $STEPS; do
  case "$s" in
    scale1m)
      step "1,000,000 offers: latency (all variants), batch (two-phase, BM25)"
      # with a flight recording (about 1 % overhead) for the profile in the README
      "$JAVA" "${JVM[@]}" "-XX:StartFlightRecording=filename=$OUT/scale-1000000.jfr,settings=profile" \
        -cp "$JAR" "$PKG.NationalScale" -p offers=1000000 \
        -wi 1 -w 5s -i 3 -r 5s 2>&1 | tee "$OUT/scale-1000000.txt"
      ;;
    footprint1m)
      step "1,000,000 offers: index build time and heap"
      "$JAVA" "${JVM[@]}" -cp "$JAR" "$PKG.Footprint" index --offers 1000000 \
        2>&1 | tee "$OUT/footprint-1000000.txt"
      ;;
    taxonomy)
      step "taxonomy load: time and heap in a 500 MB heap"
      "$JAVA" -Xmx500m -cp "$JAR" "$PKG.Footprint" taxonomy 2>&1 | tee "$OUT/taxonomy.txt"
      ;;
    scale100k | scale10k)
      n=$([ "$s" = scale100k ] && echo 100000 || echo 10000)
      step "$n offers: latency and batch (all variants)"
      "$JAVA" "${JVM[@]}" -cp "$JAR" "$PKG.NationalScale" -p offers=$n \
        -wi 1 -w 3s -i 2 -r 3s 2>&1 | tee "$OUT/scale-$n.txt"
      ;;
    people100k)
      step "100,000 people: latency of the top 10 people for an offer (all variants)"
      "$JAVA" "${JVM[@]}" -jar "$JAR" PeopleForOffer -f 0 -p people=100000 \
        -wi 1 -w 3s -i 2 -r 3s 2>&1 | tee "$OUT/people-100000.txt"
      ;;
    twophase)
      step "two-phase against exhaustive, ranking by ranking (100,000 offers, 1,000 people; 100,000 people)"
      "$JAVA" "${JVM[@]}" -cp "$JAR" "$PKG.TwoPhaseCheck" --offers 100000 --queries 1000 \
        2>&1 | tee "$OUT/twophase-100000.txt"
      "$JAVA" "${JVM[@]}" -cp "$JAR" "$PKG.TwoPhaseCheck" --people 100000 --queries 100 \
        2>&1 | tee "$OUT/twophase-people-100000.txt"
      ;;
    quality)
      step "quality on ESCO ground truth"
      "$JAVA" -Xmx4g -cp "$JAR" "$PKG.QualityEvaluation" 2>&1 | tee "$OUT/quality.txt"
      ;;
    *)
      echo "unknown step $s" >&2
      exit 2
      ;;
  esac
done
step "done"
