#!/usr/bin/env bash
# Marks policies as enforced: flips `status: planned` to `status: active` in the block of each given ID.
# Usage: tools/activate-policy.sh NET-01 NET-02 ...
set -euo pipefail
cd "$(dirname "$0")/../policies"
for id in "$@"; do
  file=$(grep -l -- "- id: $id\$" ./*.yaml) || { echo "unknown policy $id" >&2; exit 3; }
  perl -0pi -e "s/(- id: \Q$id\E\n(?:(?!  - id: ).*\n)*?\s+status: )planned/\${1}active/" "$file"
  grep -A40 -- "- id: $id\$" "$file" | grep -m1 -q "status: active" || { echo "could not activate $id" >&2; exit 1; }
done
