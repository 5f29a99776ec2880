#!/usr/bin/env bash
# Prints one SHA-256 over the content and names of every file that goes into the build of the given source folders
# (sources, project files, embedded scripts and data: everything except bin/, obj/, out/, TestResults/ and test
# projects), plus the repository's Directory.*.props and global.json. A changed, added, removed or renamed input
# changes the digest; a touched but unchanged file does not.
# Usage: tools/source-digest.sh REPO_ROOT DIR...
set -euo pipefail
root=$1; shift
cd "$root"
{
  find "$@" \( -name bin -o -name obj -o -name out -o -name TestResults -o -name '*.Tests' \) -prune -o -type f -print0 2>/dev/null
  find . -maxdepth 1 \( -name 'Directory.*.props' -o -name global.json \) -print0
} | sort -z | xargs -0 -r sha256sum | sha256sum | cut -d' ' -f1
