#!/usr/bin/env bash
# Counts the instructions galley::render executes per byte of article JSON on
# a fixed corpus (callgrind, so the count does not depend on how busy the
# machine is) and fails when it exceeds the bound set in tests/speed/CMakeLists.txt.
#   check_instructions.sh VALGRIND DRIVER CORPUS OPTIONS_JSON BOUND
#   check_instructions.sh --skip REASON
# Exit status 77 (ctest: skipped) when it cannot measure.
set -euo pipefail

if [ "$1" = "--skip" ]; then
  echo "skipped: $2"
  exit 77
fi
valgrind=$1 driver=$2 corpus=$3 options=$4 bound=$5
if ! command -v "$valgrind" >/dev/null 2>&1; then
  echo "skipped: valgrind is not installed (scripts/setup-system.sh installs it)"
  exit 77
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$valgrind" --tool=callgrind --collect-atstart=no --callgrind-out-file="$out/callgrind.out" \
  "$driver" "$corpus" "$options" >"$out/driver.txt" 2>"$out/valgrind.txt" || {
  cat "$out/driver.txt" "$out/valgrind.txt"
  echo "FAIL: the driver did not render the corpus"
  exit 1
}

instructions=$(awk '$1 == "totals:" || $1 == "summary:" { print $2; exit }' "$out/callgrind.out")
input_bytes=$(awk '$1 == "input_bytes" { print $2 }' "$out/driver.txt")
articles=$(awk '$1 == "articles" { print $2 }' "$out/driver.txt")
per_byte=$(awk -v i="$instructions" -v b="$input_bytes" 'BEGIN { printf "%.1f", i / b }')

echo "options:      $options"
echo "corpus:       $articles articles, $input_bytes bytes of article JSON"
echo "instructions: $instructions in galley::render"
echo "per byte:     $per_byte (bound $bound)"
if awk -v p="$per_byte" -v b="$bound" 'BEGIN { exit !(p > b) }'; then
  echo "FAIL: rendering costs more instructions per byte than the bound"
  exit 1
fi
