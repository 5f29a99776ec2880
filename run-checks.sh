#!/usr/bin/env bash
# Checks an environment against the policy catalog and writes the reports.
# Usage: ./run-checks.sh [--env lab|production|PATH] [--control ID]... [--family NAME]... [--report-dir DIR] [--compare RUN] [--change PATH] [--no-lab-up] [--help]
#        ./run-checks.sh --verify DIR --trust CERTIFICATE   (a run folder: hashes, no file added or removed, signature)
# Exit codes: 0 all compliant, 1 a requirement Failed, 2 none Failed but one Not verified, 3 bad input.
# --change PATH (a patch to environments/lab/ or a change file of host/run steps, tried on a separate lab instance):
# 1 it turns something Passed to Failed, 2 Passed to Not verified (nothing to Failed), 0 otherwise, 3 it cannot be applied.
# --verify: 0 verified, 1 a problem (each printed), 3 bad input.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runner="$root/checks/Compliance.Runner/bin/Release/net10.0/compliance.dll"
stamp="$root/checks/Compliance.Runner/bin/Release/sources.sha256"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Build once, and again whenever anything the build reads changed (sources, project files, embedded scripts and data of
# the runner and every project it references; Directory.*.props, global.json): tools/build-inputs.sh fingerprints them.
digest="$(bash "$root/tools/build-inputs.sh" "$root/checks/Compliance.Runner/Compliance.Runner.csproj")"
if [[ ! -f "$runner" || ! -f "$stamp" || "$(cat "$stamp")" != "$digest" ]]; then
  echo "Building the suite (Release) ..." >&2
  buildlog="$(mktemp)"
  if ! dotnet build "$root/checks/Compliance.Runner/Compliance.Runner.csproj" -c Release -nologo -v q >"$buildlog" 2>&1; then
    cat "$buildlog" >&2
    rm -f "$buildlog"
    echo "error: the build failed" >&2
    exit 3
  fi
  rm -f "$buildlog"
  echo "$digest" >"$stamp"
fi

for arg in "$@"; do
  if [[ "$arg" == "--help" || "$arg" == "-h" ]]; then
    exec dotnet "$runner" run --help
  fi
done

if [[ ${1:-} == --verify ]]; then
  exec dotnet "$runner" verify "${@:2}"
fi

exec dotnet "$runner" run "$@"
