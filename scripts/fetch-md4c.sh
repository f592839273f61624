#!/usr/bin/env bash
# Fetches md4c 0.4.8 sources from Debian's source archive, verifies the upstream
# tarball's sha256 and unpacks it into third_party/md4c (ignored by git).
# Both the native and the WebAssembly builds compile these same sources, which
# keeps the Markdown parser identical on every target.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${GALLEY_THIRD_PARTY:-$root/third_party}"
version=0.4.8
tarball="md4c_${version}.orig.tar.gz"
sha256=4a457df853425b6bb6e3457aa1d1a13bccec587a04c38c622b1013a0da41439f

if [ -f "$dest/md4c/src/md4c.c" ] && [ -f "$dest/md4c/.galley-verified" ]; then
  exit 0
fi
mkdir -p "$dest/downloads"
cd "$dest/downloads"

if [ ! -f "$tarball" ] || ! echo "$sha256  $tarball" | sha256sum -c --quiet - 2>/dev/null; then
  rm -f "$tarball"
  if ! apt-get source --download-only --tar-only md4c >/dev/null 2>&1; then
    # deb-src entries may be missing or the lists stale: enable source entries
    # mirroring the existing binary sources (no host named here), update, retry once.
    src_list=/etc/apt/sources.list.d/galley-deb-src.sources
    if [ ! -f "$src_list" ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$src_list"
    fi
    apt-get update -qq
    apt-get source --download-only --tar-only md4c >/dev/null
  fi
  # apt may fetch a Debian revision of a different upstream version; insist on ours.
  [ -f "$tarball" ] || { echo "fetch-md4c: $tarball not provided by the source archive" >&2; exit 1; }
fi
echo "$sha256  $tarball" | sha256sum -c --quiet - || { echo "fetch-md4c: checksum mismatch for $tarball" >&2; exit 1; }

rm -rf "$dest/md4c.tmp" && mkdir -p "$dest/md4c.tmp"
tar -xzf "$tarball" -C "$dest/md4c.tmp" --strip-components=1
rm -rf "$dest/md4c" && mv "$dest/md4c.tmp" "$dest/md4c"
touch "$dest/md4c/.galley-verified"
echo "fetch-md4c: md4c $version ready in $dest/md4c"
