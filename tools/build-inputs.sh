#!/bin/bash
# build-inputs.sh PROJECT.csproj: prints one SHA-256 of everything `dotnet build` reads for the project: every file of
# the project's folder and of the folders of the projects it references (transitively), bin/ and obj/ excepted, and
# the files outside those folders that a project's items include (docs/coverage.md, embedded by Compliance.Reports), and
# the Directory.Build.props/.targets, Directory.Packages.props, global.json and NuGet.config above them.
# `environments/lab/lab` (the lab engine) and run-checks.sh (the runner) rebuild when this differs from the value noted at their last build.
set -euo pipefail
declare -A seen=()
folders=()
items=()

visit() {
  local csproj
  csproj=$(realpath "$1")
  [[ -n ${seen[$csproj]:-} ]] && return
  seen[$csproj]=1
  local dir=${csproj%/*}
  folders+=("$dir")
  local reference
  while IFS= read -r reference; do
    reference=${reference//\\//}
    visit "$dir/$reference"
  done < <(grep -o '<ProjectReference[^>]*Include="[^"]*"' "$csproj" | sed 's/.*Include="\([^"]*\)"/\1/')
  local item
  while IFS= read -r item; do
    item=${item//\\//}
    if [[ -f $dir/$item ]]; then items+=("$(realpath "$dir/$item")"); fi
  done < <(grep -oE '<(EmbeddedResource|None|Content|Compile)[^>]*Include="\.\./[^"*]*"' "$csproj" | sed 's/.*Include="\([^"]*\)"/\1/')
}

settings_above() {
  local dir=$1 name
  while :; do
    for name in Directory.Build.props Directory.Build.targets Directory.Packages.props global.json NuGet.config nuget.config; do
      [[ -f $dir/$name ]] && printf '%s\0' "$dir/$name"
    done
    [[ $dir == / ]] && return
    dir=${dir%/*}; dir=${dir:-/}
  done
}

visit "$1"
{
  for dir in "${folders[@]}"; do
    find "$dir" \( -path "$dir/bin" -o -path "$dir/obj" \) -prune -o -type f -print0
    settings_above "$dir"
  done
  if (( ${#items[@]} )); then printf '%s\0' "${items[@]}"; fi
} | sort -zu | xargs -0 -r sha256sum | sha256sum | cut -d' ' -f1
