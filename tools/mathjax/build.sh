#!/usr/bin/env bash
# Rebuilds src/Publisher.Pdf/Formulas/mathjax-tex2svg.js.gz from the pinned npm packages.
# Needs node and npm; the handbook itself does not (the bundle is committed as an embedded resource).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$here/node_modules-build"
mkdir -p "$work"
cd "$work"
[ -f package.json ] || echo '{ "private": true }' > package.json
npm install --no-audit --no-fund --save-exact mathjax-full@3.2.2 esbuild@0.28.2 >/dev/null
cp "$here/entry.js" "$work/entry.js"
npx esbuild entry.js --bundle --format=iife --platform=neutral --main-fields=main,module \
  --minify --legal-comments=none --outfile=bundle.js
out="$here/../../src/Publisher.Pdf/Formulas/mathjax-tex2svg.js.gz"
mkdir -p "$(dirname "$out")"
gzip -9 -n -c bundle.js > "$out"
echo "wrote $out ($(stat -c %s "$out") bytes; bundle $(stat -c %s bundle.js) bytes)"
