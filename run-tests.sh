#!/usr/bin/env bash
# Installs what the tests need (Debian packages, the ReportGenerator tool), builds the solution,
# runs every test project and writes an HTML code-coverage report to coverage/index.html.
# Lab and namespace tests need root, as on CI.
set -uo pipefail
cd "$(dirname "$0")"

configuration=Release
results=TestResults
projects=(
  checks/Compliance.Core.Tests
  reports/Compliance.Reports.Tests
  checks/Compliance.Graph.Tests
  checks/Compliance.Runner.Tests
  checks/Compliance.Probes.Tests
  environments/Compliance.Lab.Tests
  checks/Compliance.Controls.Tests
)

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

if [[ $(id -u) -ne 0 ]]; then
  echo "run-tests.sh: the lab and namespace tests need root (run as root, as CI does)" >&2
  exit 3
fi

step "Debian packages"
environments/lab/scripts/install-packages.sh environments/lab/packages.txt tools/apt-packages.txt || exit 3

step "dotnet tools"
dotnet tool restore >/dev/null || exit 3

step "build ($configuration)"
dotnet build Compliance.sln -c "$configuration" -nologo -clp:ErrorsOnly || exit 1

rm -rf "$results" coverage
failed=()
for project in "${projects[@]}"; do
  step "test $project"
  started=$SECONDS
  if ! dotnet test "$project" -c "$configuration" --no-build -nologo \
      --results-directory "$results/$(basename "$project")" \
      --collect "XPlat Code Coverage" --logger "trx;LogFileName=results.trx"; then
    failed+=("$project")
  fi
  echo "   $project took $((SECONDS - started)) s"
done

step "coverage report"
dotnet tool run reportgenerator -reports:"$results/**/coverage.cobertura.xml" -targetdir:coverage \
  -reporttypes:"Html;TextSummary" -verbosity:Warning >/dev/null && grep -E 'Line coverage|Branch coverage' coverage/Summary.txt

if ((${#failed[@]})); then
  printf '\nFAILED: %s\n' "${failed[*]}"
  exit 1
fi
printf '\nAll test projects passed. Coverage: coverage/index.html\n'
