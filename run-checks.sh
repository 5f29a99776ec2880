#!/usr/bin/env bash
# Checks an environment against the policy catalog and writes the reports.
# Usage: ./run-checks.sh [--env lab|production|PATH] [--control ID]... [--family NAME]... [--report-dir DIR] [--no-lab-up] [--help]
# Exit codes: 0 all compliant, 1 a requirement Failed, 2 none Failed but one Not verified, 3 bad input.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runner="$root/checks/Compliance.Runner/bin/Release/net10.0/compliance.dll"
suite="$root/checks/Compliance.Checks/bin/Release/net10.0/Compliance.Checks.dll"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

for arg in "$@"; do
  if [[ "$arg" == "--help" || "$arg" == "-h" ]]; then
    exec dotnet "$runner" --help 2>/dev/null || { sed -n '2,4p' "$0" | sed 's/^# //'; exit 0; }
  fi
done

# Build once, and again only when a source file is newer than the built suite or runner.
stale() {
  [[ ! -f "$runner" || ! -f "$suite" ]] && return 0
  local oldest="$runner"; [[ "$suite" -ot "$runner" ]] && oldest="$suite"
  [[ -n "$(find "$root/checks" "$root/reports" "$root"/Directory.*.props \
      \( -name bin -o -name obj \) -prune -o \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.css' -o -name '*.js' \) \
      -newer "$oldest" -print -quit)" ]]
}

if stale; then
  echo "Building the suite (Release) ..."
  buildlog="$(mktemp)"
  if ! { dotnet build "$root/checks/Compliance.Checks/Compliance.Checks.csproj" -c Release -nologo -v q \
         && dotnet build "$root/checks/Compliance.Runner/Compliance.Runner.csproj" -c Release -nologo -v q; } >"$buildlog" 2>&1; then
    cat "$buildlog" >&2
    rm -f "$buildlog"
    echo "error: the build failed" >&2
    exit 3
  fi
  rm -f "$buildlog"
fi

cd "$root"
exec dotnet "$runner" run "$@"
