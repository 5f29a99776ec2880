# Sourced by the before/after benchmarks. The caller defines `run_side SIDE`, which runs the suite once for SIDE
# (before or after) with its output going to standard output; `compare_sides RUNS WORK` runs it RUNS times per side,
# alternating, prints each run (wall, CPU = user + sys, peak resident memory, the runner's exit line) and then
# min/median/max of each figure per side. WORK is a scratch folder.

stats() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {printf "min %.2f  median %.2f  max %.2f", a[1], a[int((NR+1)/2)], a[NR]}'; }

compare_sides() {
  local runs=$1 work=$2 i side e u s m code
  local -A wall=() cpu=() rss=()
  for ((i = 1; i <= runs; i++)); do
    for side in before after; do
      /usr/bin/time -f '%e %U %S %M' -o "$work/time" bash -c "$(declare -f run_side); run_side $side" >"$work/out" 2>&1 || true
      read -r e u s m < <(tail -1 "$work/time")
      code=$(grep -o 'Exit code [0-9]*' "$work/out" | tail -1 || true)
      printf '%-6s run %d: %6.2f s wall, %6.2f s CPU, %4d MiB peak (%s)\n' "$side" "$i" "$e" "$(echo "$u + $s" | bc)" $((m / 1024)) "${code:-no summary}"
      wall[$side]+="$e "; cpu[$side]+="$(echo "$u + $s" | bc) "; rss[$side]+="$((m / 1024)) "
    done
  done
  for side in before after; do
    echo "$side: wall $(echo "${wall[$side]}" | stats) s; CPU $(echo "${cpu[$side]}" | stats) s; peak $(echo "${rss[$side]}" | stats) MiB"
  done
}
