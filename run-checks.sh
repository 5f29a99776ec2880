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

# Build once, and again only when the set of sources or any of their modification times changed.
stamp="$root/checks/Compliance.Runner/bin/Release/sources.sha256"
sources_digest() {
  find "$root/checks" "$root/reports" "$root/environments" \( -name bin -o -name obj -o -name out \) -prune -o -type f \
      \( -name '*.cs' -o -name '*.csproj' -o -name '*.css' -o -name '*.js' \) -printf '%p %T@\n' 2>/dev/null \
    | { cat; ls -l --time-style=+%s "$root"/Directory.*.props "$root/global.json" 2>/dev/null; } | sort | sha256sum | cut -d' ' -f1
}

digest="$(sources_digest)"
if [[ ! -f "$runner" || ! -f "$suite" || ! -f "$stamp" || "$(cat "$stamp")" != "$digest" ]]; then
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
  echo "$digest" >"$stamp"
fi

exec dotnet "$runner" run "$@"
