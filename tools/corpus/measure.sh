#!/usr/bin/env bash
# Imports every corpus file on its own with `publisher import`, then prints per file and overall:
# arXiv ids linked (regex over the raw text, independent of the importers), found on an entry,
# entries, titled entries, junk titles, and misses that no diagnostic reports.
# Usage: tools/corpus/measure.sh [files or folders...]   (default: corpus/ and, when present, ../shared/seeds/*.txt)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
files=()
if [ $# -eq 0 ]; then
  files+=("$root"/corpus/*)
  [ -d "$root/../shared/seeds" ] && files+=("$root"/../shared/seeds/*.txt)
else
  for a in "$@"; do if [ -d "$a" ]; then files+=("$a"/*); else files+=("$a"); fi; done
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# PUBLISHER_CLI=path/to/publisher.dll measures another build (e.g. an older commit's, for a before/after).
cli="${PUBLISHER_CLI:-$root/src/Publisher.Cli/bin/Release/net10.0/publisher.dll}"
[ -f "$cli" ] || dotnet build "$root/src/Publisher.Cli" -c Release >/dev/null
for f in "${files[@]}"; do
  name=$(basename "$f")
  rc=0
  dotnet "$cli" import "$f" --out "$out/$name.json" >/dev/null 2>"$out/$name.err" || rc=$?
  if [ "$rc" -gt 1 ]; then echo "$name: import exited with $rc" >&2; sed -n 1,5p "$out/$name.err" >&2; fi
done
python3 "$root/tools/corpus/measure.py" "$out" "${files[@]}"
