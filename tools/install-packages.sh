#!/usr/bin/env bash
# Installs the Debian packages named in the given list files (one per line, '#' comments) that are
# not installed yet. Daemons must not start in the machine's own namespace while installing:
# /usr/sbin/policy-rc.d answering 101 is put in place for the duration if it is not already there.
set -euo pipefail

wanted=()
for list in "$@"; do
  [[ -f $list ]] || { echo "install-packages: no such list: $list" >&2; exit 3; }
  while read -r pkg _; do
    [[ -z $pkg || $pkg == \#* ]] && continue
    wanted+=("$pkg")
  done <"$list"
done

missing=()
for pkg in $(printf '%s\n' "${wanted[@]}" | sort -u); do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
((${#missing[@]} == 0)) && { echo "packages: all ${#wanted[@]} present"; exit 0; }

if [[ $(id -u) -ne 0 ]]; then
  echo "packages missing and not root, cannot install: ${missing[*]}" >&2
  exit 3
fi

guard=/usr/sbin/policy-rc.d
made_guard=0
if [[ ! -e $guard ]]; then
  printf '#!/bin/sh\n# no daemon may start on the host while packages install\nexit 101\n' >"$guard"
  chmod 755 "$guard"
  made_guard=1
fi
trap '((made_guard)) && rm -f "$guard"' EXIT

echo "packages: installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=600)
if ! apt-get install "${apt_opts[@]}" "${missing[@]}"; then
  apt-get update -q
  apt-get install "${apt_opts[@]}" "${missing[@]}"
fi
