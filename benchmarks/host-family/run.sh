#!/usr/bin/env bash
# Runs the HOST family (HOST-01..03) against a lab instance with the suite, then the same facts with Testinfra over
# the same path (nsenter into the lab host's namespaces), and prints both wall times and their ratio.
# Usage: LAB_INSTANCE=labh benchmarks/host-family/run.sh     (root; brings the instance up, leaves it up)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/benchmarks/host-family"
export LAB_INSTANCE="${LAB_INSTANCE:-labh}" LAB_KEEP=1 LAB_FAMILIES=HOST DOTNET_NOLOGO=1
command -v py.test-3 >/dev/null || apt-get -o DPkg::Lock::Timeout=600 install -y -q python3-testinfra >/dev/null
"$root/environments/lab/lab" up --no-install >/dev/null
dotnet build "$root/checks/Compliance.Controls.Tests/Compliance.Controls.Tests.csproj" -nologo -v q >/dev/null
now() { date +%s.%N; }

start=$(now)
suite_log=$(mktemp)
dotnet test "$root/checks/Compliance.Controls.Tests/Compliance.Controls.Tests.csproj" --no-build \
  --filter "FullyQualifiedName~HostLab.FamilyRunTests" --logger "console;verbosity=detailed" >"$suite_log" 2>&1 || { cat "$suite_log"; exit 1; }
suite_wall=$(echo "$(now) - $start" | bc)
suite_checks=$(grep -o 'FAMILY-RUN checks=[0-9]* seconds=[0-9.]*' "$suite_log" | head -1)
rm -f "$suite_log"

start=$(now)
(cd "$here" && py.test-3 -q -p no:cacheprovider test_host_family.py >/tmp/host-family-testinfra.log 2>&1) || { cat /tmp/host-family-testinfra.log; exit 1; }
testinfra_wall=$(echo "$(now) - $start" | bc)
testinfra_tests=$(tail -1 /tmp/host-family-testinfra.log)

suite_inproc=${suite_checks##*seconds=}
printf 'suite     (%s): in-process %.2f s, wall incl. dotnet test start %.2f s\n' "${suite_checks% seconds=*}" "$suite_inproc" "$suite_wall"
printf 'testinfra (%s): wall %.2f s\n' "$testinfra_tests" "$testinfra_wall"
printf 'ratio testinfra / suite: %.2f (in-process), %.2f (wall)\n' "$(echo "$testinfra_wall / $suite_inproc" | bc -l)" "$(echo "$testinfra_wall / $suite_wall" | bc -l)"
