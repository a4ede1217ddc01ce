#!/usr/bin/env bash
# End to end, as a user runs it: `calculate` from files to results.jsonl, each input path
# (--quarters, --dmfa, --dmfa-xml) on one core and on two, this build (through ./jobbonus, the
# launcher) against a baseline command-line jar given as the argument (run as its launcher ran it:
# java -XX:+UseParallelGC -jar). Two independent one-core processes at once give the ceiling of
# two cores on this machine. Prints wall-clock seconds, CPU seconds, peak resident memory and the
# ratios, and checks that every run's results are the same bytes.
#
#   benchmarks/end-to-end.sh BASELINE-CLI-JAR [--quick]
#
# --quick: the 100,000-person runs only. Without it, one 1,000,000-person run per input path and
# build follows (on two cores). Inputs are generated once into $JOBBONUS_BENCH_DIR (default
# /tmp/jobbonus-bench; about 10 GB for both sizes with the results) with the same seed, and kept
# for later runs. Expect 5-8 minutes on an idle 2-core machine the first time (generating the
# inputs, the million persons' XML most of all, takes half of it), about 3 minutes after. Run it
# on an otherwise idle machine: docs/benchmarks.md.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE_JAR="${1:?usage: benchmarks/end-to-end.sh BASELINE-CLI-JAR [--quick]}"
QUICK="${2:-}"
BASE_JAR="$(cd "$(dirname "$BASE_JAR")" && pwd)/$(basename "$BASE_JAR")"
DIR="${JOBBONUS_BENCH_DIR:-/tmp/jobbonus-bench}"
YEAR=2024
SEED=7
SMALL="${JOBBONUS_BENCH_SMALL:-100000}" # persons of the runs on one and two cores
LARGE="${JOBBONUS_BENCH_LARGE:-1000000}" # persons of the one run per path and build on two cores
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v taskset >/dev/null || { echo "needs taskset (util-linux)" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "needs two cores" >&2; exit 2; }

NEW_JAR="$(ls "$ROOT"/jobbonus-cli/target/jobbonus-cli-*-cli.jar 2>/dev/null | head -n 1 || true)"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ -z "$NEW_JAR" ] || [ ! -f "$BENCH_JAR" ]; then
  echo "building the command-line and benchmarks jars" >&2
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
      -pl jobbonus-cli,benchmarks -am) >&2
  NEW_JAR="$(ls "$ROOT"/jobbonus-cli/target/jobbonus-cli-*-cli.jar | head -n 1)"
fi
NEW="$ROOT/jobbonus"
# the launcher's class-data archive, made on a command's first run, before anything is timed
"$NEW" calculate --year 2024 --persons "$ROOT/examples/persons.csv" --dmfa-xml "$ROOT/examples/dmfa-xml" \
    --out "${TMPDIR:-/tmp}/jobbonus-bench-warm.jsonl" --rejects "${TMPDIR:-/tmp}/jobbonus-bench-warm-rejects.jsonl" \
    >/dev/null || true
rm -f "${TMPDIR:-/tmp}/jobbonus-bench-warm.jsonl" "${TMPDIR:-/tmp}/jobbonus-bench-warm-rejects.jsonl"

# inputs: N persons as persons.csv + dmfa.jsonl, + quarters.csv (the same workers' derived quarters),
# and as DmfA XML declarations (N-xml/persons.csv + dmfa-xml/)
inputs() {
  local n="$1"
  mkdir -p "$DIR"
  if [ ! -f "$DIR/$n/dmfa.jsonl" ]; then
    echo "generating $n persons (dmfa.jsonl)" >&2
    "$JAVA" -jar "$NEW_JAR" simulate --year $YEAR --workers "$n" --seed $SEED --write "$DIR/$n" --replace >/dev/null
  fi
  if [ ! -f "$DIR/$n/quarters.csv" ]; then
    echo "generating $n persons (quarters.csv)" >&2
    "$JAVA" -cp "$BENCH_JAR" be.jobbonus.benchmarks.QuartersInput "$DIR/$n" "$n" $YEAR $SEED >/dev/null
  fi
  if [ ! -d "$DIR/$n-xml/dmfa-xml" ]; then
    echo "generating $n persons (DmfA XML)" >&2
    "$JAVA" -jar "$NEW_JAR" simulate --year $YEAR --workers "$n" --seed $SEED --write "$DIR/$n-xml" --format xml \
        --replace >/dev/null
  fi
}

# one run: run BUILD CORES PATH N OUT; prints "wall cpu rss_mb"
run() {
  local build="$1" cores="$2" path="$3" n="$4" out="$5"
  local cpus=0; [ "$cores" = 2 ] && cpus=0,1; [ "$cores" = 1b ] && cpus=1
  local data
  case "$path" in
    quarters) data=(--persons "$DIR/$n/persons.csv" --quarters "$DIR/$n/quarters.csv") ;;
    dmfa) data=(--persons "$DIR/$n/persons.csv" --dmfa "$DIR/$n/dmfa.jsonl") ;;
    xml) data=(--persons "$DIR/$n-xml/persons.csv" --dmfa-xml "$DIR/$n-xml/dmfa-xml") ;;
  esac
  local cmd
  if [ "$build" = new ]; then cmd=("$NEW"); else cmd=("$JAVA" -XX:+UseParallelGC -jar "$BASE_JAR"); fi
  local t; t="$(mktemp)"
  taskset -c "$cpus" "$TIME" -f "%e %U %S %M" -o "$t" "${cmd[@]}" calculate --year $YEAR "${data[@]}" \
      --out "$out" --rejects "$out.rejects" >/dev/null || true
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$t"
  rm -f "$t"
}

same() { cmp -s "$1" "$2" && echo same || echo DIFFERENT; }

OUT="$DIR/out"
mkdir -p "$OUT"
printf '%s\n' "machine: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -n 1)"
printf '%s\n' "baseline: $BASE_JAR; this build: $NEW_JAR (through ./jobbonus)"
sizes="$SMALL"
[ "$QUICK" = --quick ] || sizes="$SMALL $LARGE"
for n in $sizes; do
  inputs "$n"
  echo
  echo "== $n persons: seconds wall (CPU), peak resident MB; ratio = baseline wall / this build's wall"
  for path in quarters dmfa xml; do
    if [ "$n" = "$SMALL" ]; then
      read -r bw1 bc1 bm1 < <(run base 1 $path "$n" "$OUT/b1.jsonl")
      read -r bw2 bc2 bm2 < <(run base 2 $path "$n" "$OUT/b2.jsonl")
      read -r nw1 nc1 nm1 < <(run new 1 $path "$n" "$OUT/n1.jsonl")
      read -r nw2 nc2 nm2 < <(run new 2 $path "$n" "$OUT/n2.jsonl")
      # the ceiling: two independent one-core runs at once, one per core
      s=$(date +%s.%N)
      run new 1 $path "$n" "$OUT/p1.jsonl" >/dev/null &
      p=$!
      run new 1b $path "$n" "$OUT/p2.jsonl" >/dev/null
      wait $p
      pair=$(awk -v s="$s" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
      awk -v p=$path -v bw1=$bw1 -v bc1=$bc1 -v bm1=$bm1 -v bw2=$bw2 -v bc2=$bc2 -v bm2=$bm2 \
          -v nw1=$nw1 -v nc1=$nc1 -v nm1=$nm1 -v nw2=$nw2 -v nc2=$nc2 -v nm2=$nm2 -v pair=$pair 'BEGIN {
        ceiling = 2 * nw1 / pair
        printf "%-8s 1 core:  baseline %6.2f (%6.2f) %5d MB   this %6.2f (%6.2f) %5d MB   ratio %.2fx\n", p, bw1, bc1, bm1, nw1, nc1, nm1, bw1 / nw1
        printf "%-8s 2 cores: baseline %6.2f (%6.2f) %5d MB   this %6.2f (%6.2f) %5d MB   ratio %.2fx\n", p, bw2, bc2, bm2, nw2, nc2, nm2, bw2 / nw2
        printf "%-8s two 1-core processes at once %.2f s: ceiling %.2fx; this build on 2 cores %.2fx of 1 core = %.2f of the ceiling\n", p, pair, ceiling, nw1 / nw2, nw1 / nw2 / ceiling
      }'
      echo "$path results: 1 core vs 2 cores $(same "$OUT/n1.jsonl" "$OUT/n2.jsonl"), vs baseline $(same "$OUT/n1.jsonl" "$OUT/b1.jsonl"), baseline 1 vs 2 cores $(same "$OUT/b1.jsonl" "$OUT/b2.jsonl"), the pair $(same "$OUT/p1.jsonl" "$OUT/p2.jsonl")"
    else
      read -r bw2 bc2 bm2 < <(run base 2 $path "$n" "$OUT/b2.jsonl")
      read -r nw2 nc2 nm2 < <(run new 2 $path "$n" "$OUT/n2.jsonl")
      awk -v p=$path -v bw2=$bw2 -v bc2=$bc2 -v bm2=$bm2 -v nw2=$nw2 -v nc2=$nc2 -v nm2=$nm2 'BEGIN {
        printf "%-8s 2 cores: baseline %6.2f (%6.2f) %5d MB   this %6.2f (%6.2f) %5d MB   ratio %.2fx\n", p, bw2, bc2, bm2, nw2, nc2, nm2, bw2 / nw2
      }'
      echo "$path results: vs baseline $(same "$OUT/n2.jsonl" "$OUT/b2.jsonl")"
    fi
    rm -f "$OUT"/*.jsonl "$OUT"/*.rejects
  done
done
echo
for i in 1 2 3; do
  s=$(date +%s.%N); "$NEW" --version >/dev/null; v=$(awk -v s="$s" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
  s=$(date +%s.%N); "$JAVA" -XX:+UseParallelGC -jar "$BASE_JAR" --version >/dev/null
  b=$(awk -v s="$s" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
  printf -- '--version: this build %.2f s, baseline %.2f s\n' "$v" "$b"
done
