#!/usr/bin/env bash
# Installs the Debian packages Galley builds and tests with (run as root on Debian 12).
# Idempotent: packages already present are skipped quickly.
set -euo pipefail

packages=(cmake g++ make pkg-config ninja-build git ca-certificates
          nlohmann-json3-dev libmd4c-dev catch2 emscripten nodejs npm
          clang-14 libclang-rt-14-dev lld-14 chromium dpkg-dev
          libmd4c-html0-dev valgrind
          iso-codes tzdata              # place names for entity recognition (cmake/GeneratePlaceNames.cmake)
          parallel python3-distributed  # the batch pipeline examples (examples/)
          fonts-ipafont-gothic)         # Japanese text in browser screenshots

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# md4c's sources come from Debian's source archive: enable deb-src entries
# mirroring the existing binary sources (no host named here).
src_list=/etc/apt/sources.list.d/galley-deb-src.sources
if [ ! -f "$src_list" ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$src_list"
  need_update=1
fi

if [ "${#missing[@]}" -gt 0 ] || [ "${need_update:-0}" = 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  # nodejs/npm may already come from elsewhere; only install them if node is absent.
  filtered=()
  for p in "${missing[@]}"; do
    case "$p" in nodejs|npm) command -v node >/dev/null && command -v npm >/dev/null && continue ;; esac
    filtered+=("$p")
  done
  [ "${#filtered[@]}" -eq 0 ] || apt-get install -y -qq --no-install-recommends "${filtered[@]}"
fi
