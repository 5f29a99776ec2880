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

# each runner from its own tree, against the lab instance built from that tree
export old root work
run_side() {
  local dir=$old instance=fsbefore; [[ $1 == after ]] && dir=$root instance=fsafter
  cd "$dir" && LAB_INSTANCE=$instance exec dotnet checks/Compliance.Runner/bin/Release/net10.0/compliance.dll run --no-lab-up --report-dir "$work/reports-$1"
}
source "$root/benchmarks/lib/before-after.sh"
compare_sides "$runs" "$work"
if [[ ${KEEP_LABS:-0} != 1 ]]; then
  for side in before after; do LAB_INSTANCE=${instance[$side]} "${tree[$side]}/environments/lab/lab" down >/dev/null || true; done
fi
