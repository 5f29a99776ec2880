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

# each runner from its own tree (the one before looked for its repository from the working directory first)
export old root work
run_side() {
  local dir=$old; [[ $1 == after ]] && dir=$root
  cd "$dir" && exec dotnet checks/Compliance.Runner/bin/Release/net10.0/compliance.dll run --no-lab-up --report-dir "$work/reports-$1"
}
source "$root/benchmarks/lib/before-after.sh"
compare_sides "$runs" "$work"
