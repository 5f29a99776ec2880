#!/usr/bin/env bash
# The full suite against the compliant lab with the lab up and nothing to build, before and after a change of the run
# path, in one benchmark run: BEFORE (a commit, default the last one whose runner started `dotnet test`) and this tree,
# alternating, RUNS runs each (default 5). Prints each run and min/median/max of wall time, CPU time and peak memory.
# Both runners check the same lab instance (`lab`, brought up from this tree's files) with --no-lab-up; reports go to a
# temporary folder. Needs root, like the lab.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
before=${BEFORE:-8b2be4f}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The BEFORE tree is kept between runs of this script (remove it with: git worktree remove --force DIR).
old=${TMPDIR:-/tmp}/compliance-before-$before
[[ -d $old ]] || git -C "$root" worktree add --detach "$old" "$before" >/dev/null 2>&1
echo "building $before and this tree (Release) ..." >&2
for project in checks/Compliance.Checks checks/Compliance.Runner; do
  dotnet build "$old/$project" -c Release -nologo -v q >/dev/null
done
dotnet build "$root/checks/Compliance.Runner" -c Release -nologo -v q >/dev/null
"$root/environments/lab/lab" up >/dev/null

declare -A tree=([before]="$old" [after]="$root")
declare -A wall=() cpu=() rss=()
for ((i = 1; i <= runs; i++)); do
  for side in before after; do
    # each runner from its own tree (the one before looked for its repository from the working directory first)
    (cd "${tree[$side]}" && /usr/bin/time -f '%e %U %S %M' -o "$work/time" dotnet checks/Compliance.Runner/bin/Release/net10.0/compliance.dll run --no-lab-up --report-dir "$work/reports-$side" >"$work/out" 2>&1) || true
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
