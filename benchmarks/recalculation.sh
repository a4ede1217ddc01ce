#!/usr/bin/env bash
# A correction run against a full run, as the Department runs them: `recalculate` of a reference
# year where 1 % of the persons had their wage corrected, against `calculate` of the same corrected
# inputs, both through ./jobbonus on both cores, in turn, three rounds; the previous results once
# without a seal (every previous line checked as notify checks it) and once sealed (the seal
# verified, the lines indexed). Prints the median wall-clock seconds, the CPU seconds, the peak
# resident memory and the ratios, and checks that recalculate writes the same results as calculate.
#
#   benchmarks/recalculation.sh [PERSONS] [BASELINE-CLI-JAR]        (default 100000 persons)
#
# With a baseline jar, a second part times DmfA XML declarations on one core: this build on the
# declarations with corrections (DmfAUpdate) beside 5 % of them, this build on the same
# declarations without them, and the baseline on those, in MB/s of declarations read (the
# corrections' bytes counted); then recalculate from the plain run's results to the corrected
# declarations against calculate of them.
#
# Inputs: $JOBBONUS_BENCH_DIR/PERSONS/{persons.csv,quarters.csv}, as benchmarks/end-to-end.sh makes
# them (run it first, or this script makes them the same way). Run on an otherwise idle machine.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-100000}"
BASE_JAR="${2:-}"
DIR="${JOBBONUS_BENCH_DIR:-/tmp/jobbonus-bench}"
YEAR=2024
SEED=7
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
NEW_JAR="$(ls "$ROOT"/jobbonus-cli/target/jobbonus-cli-*-cli.jar 2>/dev/null | head -n 1 || true)"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ -z "$NEW_JAR" ] || [ ! -f "$BENCH_JAR" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
      -pl jobbonus-cli,benchmarks -am) >&2
fi
NEW="$ROOT/jobbonus"
IN="$DIR/$N"
if [ ! -f "$IN/quarters.csv" ]; then
  mkdir -p "$IN"
  "$NEW" simulate --year $YEAR --workers "$N" --seed $SEED --write "$IN" --replace >/dev/null
  "$JAVA" -cp "$BENCH_JAR" be.jobbonus.benchmarks.QuartersInput "$IN" "$N" $YEAR $SEED >/dev/null
fi
W="$DIR/recalculation-$N"
rm -rf "$W"
mkdir -p "$W"
chmod 700 "$W"
# the corrections: every 100th person's quarters get a wage 1.5 % lower (some then change amount,
# some only their detail, some nothing the result shows)
awk -F, 'BEGIN { OFS = "," } NR == 1 { print; next }
  $1 != last { last = $1; persons++ } persons % 100 == 0 { $3 = int($3 * 0.985) } { print }' \
  "$IN/quarters.csv" > "$W/corrected.csv"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$W/key"
chmod 600 "$W/key"
P=(--year $YEAR --persons "$IN/persons.csv")
"$NEW" calculate "${P[@]}" --quarters "$IN/quarters.csv" --out "$W/previous.jsonl" --rejects "$W/r0.jsonl" >/dev/null
"$NEW" calculate "${P[@]}" --quarters "$IN/quarters.csv" --out "$W/sealed.jsonl" --rejects "$W/r1.jsonl" \
    --seal-key-file "$W/key" >/dev/null

# timed KIND: prints "wall cpu rss_mb"
timed() {
  local t; t="$(mktemp)"
  case "$1" in
    calculate) "$TIME" -f "%e %U %S %M" -o "$t" "$NEW" calculate "${P[@]}" --quarters "$W/corrected.csv" \
        --out "$W/full.jsonl" --rejects "$W/full-rejects.jsonl" >/dev/null ;;
    recalculate) "$TIME" -f "%e %U %S %M" -o "$t" "$NEW" recalculate "${P[@]}" --quarters "$W/corrected.csv" \
        --previous "$W/previous.jsonl" --out "$W/new.jsonl" --differences "$W/differences.jsonl" \
        --rejects "$W/new-rejects.jsonl" >/dev/null ;;
    sealed) "$TIME" -f "%e %U %S %M" -o "$t" "$NEW" recalculate "${P[@]}" --quarters "$W/corrected.csv" \
        --previous "$W/sealed.jsonl" --seal-key-file "$W/key" --out "$W/new-sealed.jsonl" \
        --differences "$W/differences-sealed.jsonl" --rejects "$W/sealed-rejects.jsonl" >/dev/null ;;
  esac
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$t"
  rm -f "$t"
}

printf '%s\n' "machine: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -n 1)"
for kind in calculate recalculate sealed; do : > "$W/$kind.times"; done
for round in 1 2 3; do
  for kind in calculate recalculate sealed; do
    timed "$kind" >> "$W/$kind.times"
  done
done
median() { sort -n -k1,1 "$1" | sed -n 2p; }
read -r cw cc cm < <(median "$W/calculate.times")
read -r rw rc rm < <(median "$W/recalculate.times")
read -r sw sc sm < <(median "$W/sealed.times")
echo "== $N persons, 1 % corrected ($(wc -l < "$W/differences.jsonl") persons listed); median of 3, seconds wall (CPU), peak MB"
awk -v cw=$cw -v cc=$cc -v cm=$cm -v rw=$rw -v rc=$rc -v rm=$rm -v sw=$sw -v sc=$sc -v sm=$sm 'BEGIN {
  printf "calculate (full run)        %6.2f (%6.2f) %5d MB\n", cw, cc, cm
  printf "recalculate, previous file  %6.2f (%6.2f) %5d MB   %.2fx the full run\n", rw, rc, rm, rw / cw
  printf "recalculate, sealed         %6.2f (%6.2f) %5d MB   %.2fx the full run\n", sw, sc, sm, sw / cw
}'
cmp -s "$W/full.jsonl" "$W/new.jsonl" && cmp -s "$W/full.jsonl" "$W/new-sealed.jsonl" \
  && cmp -s "$W/differences.jsonl" "$W/differences-sealed.jsonl" \
  && echo "results: recalculate = calculate, sealed or not; the same differences" \
  || { echo "results DIFFER" >&2; exit 1; }

[ -n "$BASE_JAR" ] || exit 0
BASE_JAR="$(cd "$(dirname "$BASE_JAR")" && pwd)/$(basename "$BASE_JAR")"
X="$DIR/$N-corrected-xml"
if [ ! -d "$X/plain/dmfa-xml" ] || [ ! -d "$X/corrected/dmfa-xml" ]; then
  mkdir -p "$X"
  "$JAVA" -cp "$BENCH_JAR" be.jobbonus.benchmarks.CorrectedDeclarationsInput "$X/plain" "$N" $YEAR $SEED 0 >/dev/null
  "$JAVA" -cp "$BENCH_JAR" be.jobbonus.benchmarks.CorrectedDeclarationsInput "$X/corrected" "$N" $YEAR $SEED 0.05 >/dev/null
fi
mb() { du -sb "$1" | awk '{ printf "%.1f", $1 / 1e6 }'; }
# xml BUILD SET: one core; prints "wall cpu rss_mb"
xml() {
  local t; t="$(mktemp)"
  local cmd; if [ "$1" = new ]; then cmd=("$NEW"); else cmd=("$JAVA" -XX:+UseParallelGC -jar "$BASE_JAR"); fi
  taskset -c 0 "$TIME" -f "%e %U %S %M" -o "$t" "${cmd[@]}" calculate --year $YEAR --persons "$X/plain/persons.csv" \
      --dmfa-xml "$X/$2/dmfa-xml" --out "$W/xml-$1-$2.jsonl" --rejects "$W/xml-$1-$2-rejects.jsonl" >/dev/null 2>&1 || true
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$t"
  rm -f "$t"
}
for k in new-corrected new-plain base-plain; do : > "$W/$k.times"; done
for round in 1 2 3; do
  xml new corrected >> "$W/new-corrected.times"
  xml new plain >> "$W/new-plain.times"
  xml base plain >> "$W/base-plain.times"
done
read -r aw ac am < <(median "$W/new-corrected.times")
read -r pw pc pm < <(median "$W/new-plain.times")
read -r bw bc bm < <(median "$W/base-plain.times")
cmb=$(mb "$X/corrected/dmfa-xml"); pmb=$(mb "$X/plain/dmfa-xml")
echo
echo "== DmfA XML, $N persons, one core; median of 3, seconds wall (CPU), peak MB, MB/s of declarations"
awk -v aw=$aw -v ac=$ac -v am=$am -v pw=$pw -v pc=$pc -v pm=$pm -v bw=$bw -v bc=$bc -v bm=$bm -v cmb=$cmb -v pmb=$pmb 'BEGIN {
  printf "baseline, plain (%s MB)          %6.2f (%6.2f) %5d MB  %6.1f MB/s\n", pmb, bw, bc, bm, pmb / bw
  printf "this build, plain                %6.2f (%6.2f) %5d MB  %6.1f MB/s  %.2fx the baseline\n", pw, pc, pm, pmb / pw, (pmb / pw) / (pmb / bw)
  printf "this build, 5 %% corrected (%s MB) %6.2f (%6.2f) %5d MB  %6.1f MB/s  %.2fx the baseline\n", cmb, aw, ac, am, cmb / aw, (cmb / aw) / (pmb / bw)
}'
cmp -s "$W/xml-new-plain.jsonl" "$W/xml-base-plain.jsonl" && echo "plain results: this build = baseline" \
  || echo "plain results: this build and the baseline DIFFER"
# recalculate: from the plain run's results to the corrected declarations, against calculate of them
for k in xcalc xrecalc; do : > "$W/$k.times"; done
for round in 1 2 3; do
  t="$(mktemp)"
  "$TIME" -f "%e %U %S %M" -o "$t" "$NEW" calculate --year $YEAR --persons "$X/plain/persons.csv" \
      --dmfa-xml "$X/corrected/dmfa-xml" --out "$W/xfull.jsonl" --rejects "$W/xfull-rejects.jsonl" >/dev/null 2>&1
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$t" >> "$W/xcalc.times"
  "$TIME" -f "%e %U %S %M" -o "$t" "$NEW" recalculate --year $YEAR --persons "$X/plain/persons.csv" \
      --dmfa-xml "$X/corrected/dmfa-xml" --previous "$W/xml-new-plain.jsonl" --out "$W/xnew.jsonl" \
      --differences "$W/xdifferences.jsonl" --rejects "$W/xnew-rejects.jsonl" >/dev/null 2>&1
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$t" >> "$W/xrecalc.times"
  rm -f "$t"
done
read -r cw cc cm < <(median "$W/xcalc.times")
read -r rw rc rm < <(median "$W/xrecalc.times")
echo "== recalculate after the corrections ($(wc -l < "$W/xdifferences.jsonl") persons listed), both cores; median of 3"
awk -v cw=$cw -v cc=$cc -v cm=$cm -v rw=$rw -v rc=$rc -v rm=$rm 'BEGIN {
  printf "calculate (full run)        %6.2f (%6.2f) %5d MB\n", cw, cc, cm
  printf "recalculate, previous file  %6.2f (%6.2f) %5d MB   %.2fx the full run\n", rw, rc, rm, rw / cw
}'
cmp -s "$W/xfull.jsonl" "$W/xnew.jsonl" && echo "results: recalculate = calculate" || { echo "results DIFFER" >&2; exit 1; }
