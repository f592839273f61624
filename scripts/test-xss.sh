#!/usr/bin/env bash
# The XSS suite: builds the galley CLI if needed, installs the browser driver
# (playwright-core from package-lock.json; the browser is Debian's chromium),
# then renders every hostile payload in every position and mode and checks the
# output in headless Chromium (tests/xss/run.mjs), and checks that no text is
# dropped silently (tests/nothing_lost/run.mjs).
# Ends with "xss: N passed, M failed"; exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${GALLEY_BUILD_DIR:-$root/build}"

if [ ! -x /usr/bin/chromium ]; then
  echo "xss: /usr/bin/chromium is missing (scripts/setup-system.sh installs it)" >&2
  echo "xss: 0 passed, 1 failed"
  exit 1
fi
if [ ! -x "$build/bin/galley" ] || [ -n "${GALLEY_REBUILD:-}" ]; then
  bash scripts/fetch-md4c.sh
  cmake --preset native -B "$build" >/dev/null
  cmake --build "$build" --target galley -j"$(nproc)"
fi
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

status=0
node tests/nothing_lost/run.mjs --galley "$build/bin/galley" || status=1
node tests/xss/run.mjs --galley "$build/bin/galley" "$@" || status=1
exit "$status"
