#!/usr/bin/env bash
# Renders an NDJSON archive with GNU parallel, galley as the map step:
#   examples/gnu-parallel/render.sh INPUT.ndjson OUTPUT.ndjson [JOBS]
# parallel cuts standard input into blocks of whole lines (--pipe), runs one
# galley per block, and prints their records in input order (--keep-order):
# one record per input line, the same bytes as a single galley run.
# Add --sshlogin to spread the blocks over other machines.
set -euo pipefail
input="$1"
output="$2"
jobs="${3:-2}"
galley="${GALLEY:-galley}"

status=0
parallel --will-cite --pipe --keep-order --block 1M --jobs "$jobs" \
  "$galley" batch - --ndjson-out - --jobs 1 < "$input" > "$output.partial" 2> "$output.log" || status=$?
# galley exits with 1 when some articles failed (their records hold the
# errors); parallel then reports the number of such blocks. A record for
# every line shows that nothing else went wrong.
lines_in=$(wc -l < "$input")
if [ -s "$input" ] && [ "$(tail -c 1 "$input" | od -An -tx1 | tr -d ' ')" != 0a ]; then
  lines_in=$((lines_in + 1))  # a last line without a newline
fi
lines_out=$(wc -l < "$output.partial")
if [ "$lines_in" != "$lines_out" ]; then
  echo "render.sh: $lines_in lines in, $lines_out records out (exit status $status); see $output.log" >&2
  rm -f "$output.partial"
  exit 1
fi
mv "$output.partial" "$output"
# The galleys number lines within their blocks; the records' positions give
# the lines of the whole input: list the failures by those.
id='(null|"([^"\\]|\\.)*")'
grep -nE "^\{\"id\":$id,\"error\":" "$output" \
  | sed -E "s/^([0-9]+):\{\"id\":$id,\"error\":(.*)\}\$/$(basename "$input"):\1: \4/" > "$output.failures" || true
failed=$(wc -l < "$output.failures")
echo "rendered $((lines_out - failed)), failed $failed (listed in $output.failures)"
