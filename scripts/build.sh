#!/usr/bin/env bash
# Installs what the native build needs (Debian packages, md4c sources) and
# builds Galley into build/ (Release).
#   bash scripts/build.sh [--cli-only] [CMake configure arguments...]
# --cli-only   only the native packages and the galley tool, what scripts/demo.sh needs
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
setup_args=()
build_args=()
if [ "${1:-}" = --cli-only ]; then
  shift
  setup_args=(--native)
  build_args=(--target galley)
fi
if [ "$(id -u)" = 0 ]; then bash scripts/setup-system.sh "${setup_args[@]}"; fi
bash scripts/fetch-md4c.sh
cmake --preset native "$@" >/dev/null
cmake --build build "${build_args[@]}" -j"$(nproc)"
