#!/usr/bin/env bash
# Hardening suite: one clang build with AddressSanitizer, UndefinedBehaviorSanitizer
# and libFuzzer instrumentation (build-hardening/), then
#   1. the fuzz oracle's own tests
#   2. the unit tests under ASan/UBSan
#   3. the limits tests under ASan/UBSan (the long-running [slow] ones run in the
#      ordinary ctest of an optimized build)
#   4. every fuzz target over its seed corpus and tests/fuzz/regressions/
#   5. a short fuzzing run: each target for GALLEY_HARDENING_FUZZ_SECONDS (default 60), two at a time
#   6. the WebAssembly soak (tests/wasm_soak): 100,000 renders in one module instance
#   7. with GALLEY_HARDENING_WASM_ASSERTIONS=1 only: the same soak against a build
#      with Emscripten's -sASSERTIONS=1 (build-hardening-wasm/, several minutes)
# Ends with "hardening: N passed, M failed"; exits non-zero when anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build="${GALLEY_HARDENING_BUILD:-build-hardening}"
fuzz_seconds="${GALLEY_HARDENING_FUZZ_SECONDS:-60}"
logs="$build/hardening-logs"
passed=0
failed=0

# record NAME STATUS SECONDS: counts and reports one check whose output is in $logs/NAME.log.
record() {
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1))
    echo "ok      $1 ($3 s)"
  else
    failed=$((failed + 1))
    echo "FAILED  $1 ($3 s), last lines of $logs/$1.log:"
    tail -n 25 "$logs/$1.log" | sed 's/^/        /'
  fi
}

# check NAME COMMAND...: runs one check.
check() {
  local name="$1" started=$SECONDS status=0
  shift
  "$@" >"$logs/$name.log" 2>&1 || status=$?
  record "$name" "$status" "$((SECONDS - started))"
}

finish() {
  echo "hardening: $passed passed, $failed failed"
  exit $((failed > 0))
}

echo "== hardening build ($build: clang-14, ASan, UBSan, libFuzzer)"
bash scripts/fetch-md4c.sh || { failed=$((failed + 1)); finish; }
mkdir -p "$logs"
# The hardening preset (CMakePresets.json) builds at -O1 with line tables only:
# the usual fuzzing trade-off, and a third quicker to compile than -O2 -g on two
# cores; stack traces keep file and line.
configure() {
  cmake --preset hardening -B "$build"
}
compile() {
  cmake --build "$build" -j2 --target galley_unit_tests galley_limits_tests fuzz_output_checker_test \
    fuzz_render fuzz_markdown fuzz_html fuzz_options fuzz_json
}
check build configure
[ "$failed" -eq 0 ] && check compile compile
[ "$failed" -eq 0 ] || finish

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

echo "== tests under ASan/UBSan"
check fuzz-oracle "$build/bin/fuzz_output_checker_test"
check unit-tests-asan "$build/bin/galley_unit_tests"
check limits-asan "$build/bin/galley_limits_tests" '~[slow]'

echo "== fuzz targets over seeds and regressions"
seeds="$build/tests/fuzz/seeds"
check seed-corpus node tests/fuzz/build_seed_corpus.mjs --out "$seeds" --md4c third_party/md4c --shared ../shared
targets=(render markdown html options json)
for target in "${targets[@]}"; do
  inputs=("$seeds/$target")
  [ -d "tests/fuzz/regressions/$target" ] && inputs+=("tests/fuzz/regressions/$target")
  check "replay-$target" "$build/bin/fuzz_$target" -runs=0 "${inputs[@]}"
done

echo "== fuzzing, ${fuzz_seconds} s per target"
fuzz() {
  local target="$1" dictionary="tests/fuzz/dictionaries/$1.dict"
  [ "$target" = render ] && dictionary=tests/fuzz/dictionaries/article.dict
  local corpus="$build/fuzz-corpus/$target" artifacts="$build/fuzz-artifacts/$target"
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  "$build/bin/fuzz_$target" "$corpus" "$seeds/$target" -max_total_time="$fuzz_seconds" -timeout=10 \
    -max_len=16384 -dict="$dictionary" -print_final_stats=1 -artifact_prefix="$artifacts/" || {
    for input in "$artifacts"/*; do
      [ -f "$input" ] && echo "reproducer $input (base64): $(base64 -w0 "$input")"
    done
    return 1
  }
}
# Two at a time, one per core.
for pair in "render markdown" "html options" "json"; do
  names=($pair)
  started=$SECONDS
  pids=()
  for target in "${names[@]}"; do
    fuzz "$target" >"$logs/fuzz-$target.log" 2>&1 &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    status=0; wait "${pids[$i]}" || status=$?
    record "fuzz-${names[$i]}" "$status" "$((SECONDS - started))"
  done
done

echo "== WebAssembly soak"
if [ ! -f bindings/js/dist/galley.wasm ] || [ ! -f bindings/js/dist/galley-fast.wasm ]; then
  check wasm-build node bindings/js/scripts/build.mjs --if-missing
fi
check wasm-soak node tests/wasm_soak/soak.mjs --renders 100000
check wasm-soak-small node tests/wasm_soak/soak.mjs --renders 100000 --build small

if [ "${GALLEY_HARDENING_WASM_ASSERTIONS:-0}" = 1 ]; then
  echo "== WebAssembly soak against an -sASSERTIONS=1 build"
  check wasm-assertions-soak bash tests/wasm_soak/assertions-soak.sh
fi

finish
