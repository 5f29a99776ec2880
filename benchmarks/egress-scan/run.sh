#!/bin/bash
# Egress scan benchmark: our TCP connect scanner and nmap's fastest connect scan, from the same vantage against the same
# sink through the same dropping firewall, in one run. Prints both times and the ratio.
#   LAB_INSTANCE=labn benchmarks/egress-scan/run.sh [--scenario NAME] [VANTAGE-HOST] [TARGET]
# --scenario breaks a lab violation scenario first (e.g. net-secure-inet-high-tcp-port opens TCP 40123) and heals it after,
# to show both scanners find the open port.
set -euo pipefail
scenario=
if [[ ${1:-} == --scenario ]]; then scenario=$2; shift 2; fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
instance=${LAB_INSTANCE:-lab}
vantage=${1:-ml01}
target=${2:-198.19.0.100}
ns=$instance-$vantage
[[ -e /run/netns/$ns ]] || { echo "namespace $ns not found: bring the lab up (LAB_INSTANCE=$instance environments/lab/lab up)" >&2; exit 3; }
command -v nmap >/dev/null || apt-get install -y -o DPkg::Lock::Timeout=600 nmap >/dev/null
scripts=$root/checks/Compliance.Probes/Network/Scripts
if [[ -n $scenario ]]; then
  LAB_INSTANCE=$instance "$root/environments/lab/lab" break "$scenario" >/dev/null
  trap 'LAB_INSTANCE=$instance "$root/environments/lab/lab" heal "$scenario" >/dev/null' EXIT
fi
run() { nsenter --net="/run/netns/$ns" "$@"; }
now() { date +%s.%N; }

t0=$(now)
ours=$(cat "$scripts/portlib.py" "$scripts/tcpscan.py" | run /usr/bin/python3 - "$target" 1-65535 1.0 19000)  # as the suite sends it: library first
t1=$(now)
theirs=$(run nmap -n -Pn -sT -p- -T5 --min-rate 5000 --max-retries 0 "$target" 2>&1)
t2=$(now)

ours_s=$(echo "$t1 - $t0" | bc -l)
nmap_s=$(echo "$t2 - $t1" | bc -l)
echo "vantage $vantage ($ns) -> $target, 65535 TCP ports${scenario:+, scenario $scenario}"
echo "ours : $(printf '%.2f' "$ours_s") s   $(grep '^counts' <<<"$ours")   open: $(grep '^connected' <<<"$ours" | cut -d' ' -f2 || echo none)   $(grep '^interface_drops' <<<"$ours")"
echo "nmap : $(printf '%.2f' "$nmap_s") s   open: $(grep -E '^[0-9]+/tcp +open' <<<"$theirs" | cut -d/ -f1 | paste -sd, || true)"
echo "ratio: ours / nmap = $(printf '%.2f' "$(echo "$ours_s / $nmap_s" | bc -l)")"
