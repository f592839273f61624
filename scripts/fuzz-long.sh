#!/usr/bin/env bash
# Long fuzzing run: every libFuzzer target (tests/fuzz) for MINUTES minutes
# each, at most JOBS targets at a time, then a table of executions, speed,
# coverage (cov: edges, ft: features, from libFuzzer's final status line) and
# crashes per target.
#
#   scripts/fuzz-long.sh [MINUTES] [TARGET...]      (default: 10 minutes, all targets)
#
# Environment:
#   GALLEY_FUZZ_BUILD   build directory (default: build-fuzz)
#   GALLEY_FUZZ_JOBS    targets fuzzed at once (default: 2, one per core)
#   GALLEY_FUZZ_WORK    where corpora, logs and crash artifacts go (default: $GALLEY_FUZZ_BUILD/fuzz-work);
#                       each target's corpus there grows from run to run
#
# The fuzzers run in libFuzzer's fork mode and go on after a crash, so that one
# frequent failure does not end the run. Every crash or property violation
# leaves its input in $GALLEY_FUZZ_WORK/artifacts/TARGET/; the table counts them
# and the distinct causes are listed after it (each artifact replayed once).
# Keep a minimized copy of each cause in tests/fuzz/regressions/TARGET/
# (replayed by test-hardening.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

minutes="${1:-10}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(render markdown html options json)
build="${GALLEY_FUZZ_BUILD:-build-fuzz}"
jobs="${GALLEY_FUZZ_JOBS:-2}"
work="${GALLEY_FUZZ_WORK:-$build/fuzz-work}"

bash scripts/fetch-md4c.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset fuzz -B "$build" >/dev/null
fi
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}" >/dev/null
seeds="$build/tests/fuzz/seeds"
node tests/fuzz/build_seed_corpus.mjs --out "$seeds" --md4c third_party/md4c --shared ../shared

dictionary_of() {
  case "$1" in
    render) echo tests/fuzz/dictionaries/article.dict ;;
    *) echo "tests/fuzz/dictionaries/$1.dict" ;;
  esac
}

run_target() {
  local target="$1"
  mkdir -p "$work/corpus/$target" "$work/artifacts/$target" "$work/logs"
  # -timeout: an input that takes 10 s is a finding, not a slow machine.
  "$build/bin/fuzz_$target" "$work/corpus/$target" "$seeds/$target" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -dict="$(dictionary_of "$target")" \
    -artifact_prefix="$work/artifacts/$target/" >"$work/logs/$target.log" 2>&1 || true
}

echo "fuzzing ${targets[*]} for $minutes min each, $jobs at a time (logs in $work/logs)"
mkdir -p "$work"
stamp="$work/.started"
touch "$stamp"
running=0
for target in "${targets[@]}"; do
  run_target "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

printf '| target | seconds | executions | exec/s | cov | ft | corpus | crashes |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
status=0
for target in "${targets[@]}"; do
  # The fork-mode status line: "#123456: cov: 4321 ft: 9876 corp: 812 exec/s 0 oom/timeout/crash: 0/0/0 time: 600s ...".
  last="$(grep -E '^#[0-9]+: cov:' "$work/logs/$target.log" | tail -1 || true)"
  field() { sed -n "s/.*$1 \\([0-9]*\\).*/\\1/p" <<<"$last"; }
  executions="$(sed -n 's/^#\([0-9]*\):.*/\1/p' <<<"$last")"
  seconds="$(field ' time:')"
  crashes="$(find "$work/artifacts/$target" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) -newer "$stamp" | wc -l)"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$target" "${seconds:-?}" "${executions:-?}" \
    "$(( ${executions:-0} / (${seconds:-0} > 0 ? ${seconds:-0} : 1) ))" "$(field 'cov:')" "$(field 'ft:')" "$(field 'corp:')" "$crashes"
  [ "$crashes" -eq 0 ] || status=1
done

# One line per distinct cause: the violated property (with its first detail
# line, offsets left out) or the sanitizer's summary.
for target in "${targets[@]}"; do
  find "$work/artifacts/$target" -type f -newer "$stamp" | while read -r artifact; do
    cause="$("$build/bin/fuzz_$target" -timeout=30 "$artifact" 2>&1 |
      grep -E -A1 -m1 'galley property violated|^SUMMARY:|ERROR: libFuzzer' | sed 's/^\*\*\* //; s/at byte [0-9]*: //' |
      paste -sd' ' | cut -c1-160 || true)"
    printf '%s\t%s: %s (%s)\n' "${cause:-no longer reproduces}" "$target" "${cause:-no longer reproduces}" "$artifact"
  done | sort -t$'\t' -k1,1 -u | cut -f2
done
exit "$status"
