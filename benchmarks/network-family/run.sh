#!/bin/bash
# Network family benchmark: the wall time of `run-checks.sh --family NET --family ENC --family JUP` against the lab
# (38 checks: the reachability matrix, seven exhaustive TCP/UDP sweeps of 65,535 ports, three full scans of ml01 from the
# room, DHCP, 802.1X, proxy, TLS and Jupyter probes), RUNS times (default 3), with the slowest checks and any scan that
# saw dropped packets.
# usage: benchmarks/network-family/run.sh [RUNS]      (as root; LAB_INSTANCE is honoured)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive number" >&2; exit 3; }
"$root/environments/lab/lab" up --no-install >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
times=()
for i in $(seq "$runs"); do
  t0=$(date +%s.%N)
  "$root/run-checks.sh" --family NET --family ENC --family JUP --report-dir "$out/$i" >"$out/$i.log" 2>&1 || { echo "run $i: exit $? (see below)"; tail -20 "$out/$i.log"; exit 1; }
  t1=$(date +%s.%N)
  times+=("$(python3 -c "print($t1 - $t0)")")
  python3 - "$out/$i/latest/results.json" "$i" "${times[-1]}" <<'PY'
import json, re, sys, datetime
d = json.load(open(sys.argv[1]))
checks = [c for r in d['requirements'] for c in r['checks']]
span = lambda c: (datetime.datetime.fromisoformat(c['ended_utc']) - datetime.datetime.fromisoformat(c['started_utc'])).total_seconds()
drops = sum(int(x) for c in checks for e in c['evidence'] for x in re.findall(r'interface_drops (\d+)', e.get('raw_excerpt') or ''))
outcomes = {}
for c in checks:
    outcomes[c['outcome_label']] = outcomes.get(c['outcome_label'], 0) + 1
slow = ', '.join('%s %.1f s' % (c['check_id'], span(c)) for c in sorted(checks, key=span, reverse=True)[:3])
print('run %s: %.1f s wall, %d checks %s, packets dropped during scans %d; slowest: %s' % (sys.argv[2], float(sys.argv[3]), len(checks), outcomes, drops, slow))
PY
done
python3 -c "import statistics, sys; t = sorted(map(float, sys.argv[1:])); print('median %.1f s, min %.1f s, max %.1f s over %d runs' % (statistics.median(t), t[0], t[-1], len(t)))" "${times[@]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
