#!/usr/bin/env bash
# Sets up everything on a fresh Debian 12 machine (as root) and runs all tests:
# the native suite (unit, conformance, golden, CLI, package, examples), then the
# WebAssembly/JS suite (Node API, Catch2 in WASM, identity, browser, examples),
# the XSS suite and the hardening suite. A failing suite does not stop the
# others; the last line gives the totals over all of them, e.g.
#   test.sh: P passed, F failed, S skipped in 4 suites, M min N s
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

bash scripts/build.sh || { echo "test.sh: the build failed, no tests ran"; exit 1; }

# Prints "passed failed skipped" for a suite's log. A suite that ends with its
# own "name: N passed, M failed" line is counted by that line; otherwise its
# ctest ("x% tests passed, F tests failed out of T", "(Skipped)") and node:test
# ("# pass N", "# fail N", "# skipped N") reports are added up.
tally() {
  awk '
    /^[a-z]+: [0-9]+ passed, [0-9]+ failed$/ { own = 1; op = $2; of = $4 }
    /tests passed, [0-9]+ tests? failed out of [0-9]+/ { cf += $4; ct += $NF }
    /\(Skipped\)$/ { cs++ }
    /^# pass [0-9]+$/ { np += $3 }
    /^# fail [0-9]+$/ { nf += $3 }
    /^# skipped [0-9]+$/ { ns += $3 }
    END {
      if (own) print op, of, 0
      else print ct - cf - cs + np, cf + nf, cs + ns
    }' "$1"
}

passed=0 failed=0 skipped=0 suites=0 failed_suites=()
run_suite() {
  local name="$1"; shift
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  read -r p f s < <(tally "$logs/$name.log")
  # A suite that fails outside its test reports still counts as one failure.
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s)) suites=$((suites + 1))
  [ "$status" -eq 0 ] || failed_suites+=("$name")
}

run_suite native ctest --test-dir build --output-on-failure -j"$(nproc)"
for suite in js xss hardening; do
  if [ -f "scripts/test-$suite.sh" ]; then run_suite "$suite" bash "scripts/test-$suite.sh"; fi
done

summary="test.sh: $passed passed, $failed failed, $skipped skipped in $suites suites, $((SECONDS / 60)) min $((SECONDS % 60)) s"
if [ "${#failed_suites[@]}" -gt 0 ]; then
  echo "$summary (failing: ${failed_suites[*]})"
  exit 1
fi
echo "$summary"
