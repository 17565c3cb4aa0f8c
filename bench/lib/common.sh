# Sourced by bench/national, bench/nightly and bench/queries: the cache, the bench-only key, timed
# processes and the national landing they share.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SEED="${THANTHIEN_BENCH_SEED:-20210101}"
CACHE="${THANTHIEN_BENCH_CACHE:-$ROOT/bench/.cache}"
JAVA_OPTS="${THANTHIEN_JAVA_OPTS:--Xmx6g}"
export THANTHIEN_JAVA_OPTS="$JAVA_OPTS"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# A fixed key used only for benchmark data, which is synthetic. Never use it for real data.
export THANTHIEN_PII_KEY="thanthien-bench-only-key-not-for-real-data"

# shellcheck source=bin/lib/jars.sh
. "$ROOT/bin/lib/jars.sh"
build_if_stale bench "$ROOT/jobs/bench/target/thanthien-bench.jar"
build_if_stale launcher "$ROOT/jobs/launcher/target/thanthien.jar"
CP="$ROOT/jobs/bench/target/thanthien-bench.jar:$ROOT/jobs/bench/target/lib/*"

# timed WORK NAME COMMAND… → runs COMMAND under /usr/bin/time -v; its output is shown and kept in
# WORK/NAME.out, the process's peak RSS (MB) in WORK/NAME.rss, its wall-clock seconds in WORK/NAME.wall
# and its CPU seconds (user + system, all threads) in WORK/NAME.cpu: on a machine shared with other
# jobs the CPU seconds say what the work costs, the wall clock what it took there and then.
# Exit status 3 (ingest's quality gate, raised by the generator's planted rows) is not a failure.
timed() {
  local work="$1" name="$2" status=0
  shift 2
  mkdir -p "$work"
  /usr/bin/time -v -o "$work/$name.time" "$@" 2> >(grep -v 'Using incubator modules' >&2) | tee "$work/$name.out" \
    || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "bench: $name failed (exit $status)" >&2
    exit "$status"
  fi
  awk -F': ' '/Maximum resident set size/ {printf "%.0f\n", $2 / 1024}' "$work/$name.time" >"$work/$name.rss"
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i];
    printf "%.2f\n", s}' "$work/$name.time" >"$work/$name.wall"
  awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f\n", s}' "$work/$name.time" >"$work/$name.cpu"
  echo "  ($name: $(cat "$work/$name.wall") s wall clock, $(cat "$work/$name.cpu") s of CPU, peak RSS $(cat "$work/$name.rss") MB)"
}

# "${BENCH_JAVA[@]}" vn.phuly.thanthien.bench.CLASS ARGS… → java with the benchmark classpath, as
# bin/thanthien runs the jar (an array, not a function, so that /usr/bin/time can run it).
# shellcheck disable=SC2206 # JAVA_OPTS is a list of flags, as in bin/thanthien
BENCH_JAVA=(java "@$ROOT/jobs/jvm.options" $JAVA_OPTS -cp "$CP")
BENCH=vn.phuly.thanthien.bench

# figure WORK NAME KEY → KEY's value on the FIGURES line of WORK/NAME.out
figure() {
  grep '^FIGURES ' "$1/$2.out" | tail -1 | tr ' ' '\n' | sed -n "s/^$3=//p"
}

# ratio A B [DIGITS] → A / B
ratio() {
  awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN {printf "%.*f", d, a / b}'
}

load_line() {
  echo "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, load average$(uptime | sed 's/.*load average//')"
}

# national_landing ROWS → prints the cached national landing of ROWS feedback items (generated once
# per seed and ROWS, with its national profile in _reference/ and the plain exports hard-linked in
# ../plain/ for the DuckDB baseline); the generator's time and peak RSS are kept beside it.
national_landing() {
  local rows="$1" dir="$CACHE/national-seed$SEED-rows$1"
  if [ ! -f "$dir/prepared" ]; then
    echo "▸ generating the national landing ($rows feedback items, seed $SEED) in $dir, once" >&2
    rm -rf "$dir"
    timed "$dir" generate nice -n 10 "$ROOT/bin/thanthien" generate --scale national --feedback-rows "$rows" \
      --seed "$SEED" --out "$dir/landing" >&2
    "${BENCH_JAVA[@]}" "$BENCH.IngestBenchmark" plain "$dir/landing" "$dir/plain" >&2
    date -u +%FT%TZ >"$dir/prepared"
  fi
  echo "$dir"
}

# train_class_archive → makes sure bin/thanthien's class archive (docs/runbook.md "Start-up") exists
# before anything is timed: the run that writes it is slower, and no measured run may be that one.
train_class_archive() {
  local dir="$CACHE/class-archive-training"
  rm -rf "$dir"
  "$ROOT/bin/thanthien" generate --from 2024 --to 2024 --feedback-items 50 --seed "$SEED" --out "$dir/landing" >/dev/null
  "$ROOT/bin/thanthien" ingest --landing "$dir/landing" --lake "$dir/lake" >/dev/null 2>&1 || [ $? -eq 3 ]
  rm -rf "$dir"
}
