#!/usr/bin/env bash
# The full suite against the compliant lab, lab up and nothing to build, for a commit BEFORE and this tree, alternating,
# RUNS runs each (default 5) in one benchmark run. Each side checks a lab instance built from its own tree's files
# (instances `fsbefore` and `fsafter`), since the lab itself may differ between the two. Prints each run and
# min/median/max of wall time, CPU time (user + sys) and the runner's peak resident memory. Needs root, like the lab.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
before=${BEFORE:?BEFORE=<commit> is required (the tree to compare this one with)}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The BEFORE tree is kept between runs of this script (remove it with: git worktree remove --force DIR).
old=${TMPDIR:-/tmp}/compliance-before-$before
[[ -d $old ]] || git -C "$root" worktree add --detach "$old" "$before" >/dev/null 2>&1
declare -A tree=([before]="$old" [after]="$root") instance=([before]=fsbefore [after]=fsafter)
for side in before after; do
  echo "building $side (${tree[$side]}) and bringing its lab up ..." >&2
  dotnet build "${tree[$side]}/checks/Compliance.Runner" -c Release -nologo -v q >/dev/null
  LAB_INSTANCE=${instance[$side]} "${tree[$side]}/environments/lab/lab" up >/dev/null
done

declare -A wall=() cpu=() rss=()
for ((i = 1; i <= runs; i++)); do
  for side in before after; do
    (cd "${tree[$side]}" && LAB_INSTANCE=${instance[$side]} /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
      dotnet checks/Compliance.Runner/bin/Release/net10.0/compliance.dll run --no-lab-up --report-dir "$work/reports-$side" >"$work/out" 2>&1) || true
    read -r e u s m < <(tail -1 "$work/time")
    code=$(grep -o 'Exit code [0-9]*' "$work/out" | tail -1 || true)
    printf '%-6s run %d: %6.2f s wall, %6.2f s CPU, %4d MiB peak (%s)\n' "$side" "$i" "$e" "$(echo "$u + $s" | bc)" $((m / 1024)) "${code:-no summary}"
    wall[$side]+="$e "; cpu[$side]+="$(echo "$u + $s" | bc) "; rss[$side]+="$((m / 1024)) "
  done
done

stats() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {printf "min %.2f  median %.2f  max %.2f", a[1], a[int((NR+1)/2)], a[NR]}'; }
for side in before after; do
  echo "$side: wall $(echo "${wall[$side]}" | stats) s; CPU $(echo "${cpu[$side]}" | stats) s; peak $(echo "${rss[$side]}" | stats) MiB"
done
if [[ ${KEEP_LABS:-0} != 1 ]]; then
  for side in before after; do LAB_INSTANCE=${instance[$side]} "${tree[$side]}/environments/lab/lab" down >/dev/null || true; done
fi
