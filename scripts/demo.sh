#!/usr/bin/env bash
# Sets up and builds the galley tool (nothing else), then renders the bundled sample articles into
# out/ (complete pages in document mode, styled by the inlined galley.css, and
# summary JSON) and prints the news sample's summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/build.sh --cli-only
mkdir -p out
for article in demo/articles/*.json; do
  name="$(basename "$article" .json)"
  build/bin/galley render "$article" --mode document \
    --html-out "out/$name.html" --summary-out "out/$name.summary.json" > /dev/null
  echo "rendered $article -> out/$name.html, out/$name.summary.json"
done
echo
echo "Summary of demo/articles/news-agency.json:"
node -e 'console.log(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")), null, 2))' \
  out/news-agency.summary.json
