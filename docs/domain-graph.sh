#!/usr/bin/env bash
# Draws the folders of the code and their imports (dependency-cruiser's "archi" view) as
# docs/domains.dot and docs/domains.svg. `npm run graph` writes both; `npm run lint` checks that
# the committed .dot is the tree's (drawing the SVG needs Graphviz's `dot`, the check does not).
set -euo pipefail
cd "$(dirname "$0")/.."
dot_text() {
  npx depcruise api calculators reports --config .dependency-cruiser.cjs \
    --include-only '^(api|calculators|reports)' --output-type archi
}
if [ "${1:-}" = "--check" ]; then
  if ! diff -q <(dot_text) docs/domains.dot >/dev/null; then
    echo "docs/domains.dot does not match the code: run npm run graph and commit docs/" >&2
    exit 1
  fi
  exit 0
fi
dot_text > docs/domains.dot
dot -Tsvg docs/domains.dot > docs/domains.svg
echo "wrote docs/domains.dot and docs/domains.svg"
