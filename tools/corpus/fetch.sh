#!/usr/bin/env bash
# Copies every file listed in tools/corpus/manifest.tsv (repo, path, commit) into corpus/ (git-ignored).
# The snapshots come from the search tool's `fetch` (git directories under /work/.mirror by default).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mirror=${MIRROR:-/work/.mirror}
mkdir -p "$root/corpus"
while IFS=$'\t' read -r repo path commit; do
  [ -z "$repo" ] || [ "${repo:0:1}" = "#" ] && continue
  out="$root/corpus/${repo//\//+}+${path//\//__}"
  [ -s "$out" ] && continue
  git --git-dir="$mirror/${repo//\//+}/repo" show "$commit:$path" > "$out" || echo "missing: $repo $path $commit" >&2
done < "$root/tools/corpus/manifest.tsv"
