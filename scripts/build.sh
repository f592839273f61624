#!/usr/bin/env bash
# Installs what the native build needs (Debian packages, md4c sources) and
# builds Galley into build/ (Release). Extra arguments go to CMake's configure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "$(id -u)" = 0 ]; then bash scripts/setup-system.sh; fi
bash scripts/fetch-md4c.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j"$(nproc)"
