#!/usr/bin/env bash
# Installs the Debian packages named in the given list files (one per line, '#' comments) that are not installed yet,
# and leaves the machine's services as they were:
# - no daemon starts in the machine's own namespace while installing: /usr/sbin/policy-rc.d answering 101 is put in
#   place for the duration if it is not already there;
# - a package that enables its systemd unit (nginx, squid, chrony, ssh, ...) would start it in the machine's own
#   namespace after a reboot: every unit link the installation created under /etc/systemd/system is removed again, so
#   those units stay disabled; a unit the machine had enabled before (its own sshd, say) keeps its links;
# - a `debconf.txt` beside a list file holds answers (debconf-set-selections format) for packages that would otherwise
#   configure the machine itself (a directory database, its nsswitch.conf);
# - what was installed and which unit links were removed is appended to /var/log/compliance-lab-packages.log.
# Exit 3 when a list is missing or packages are missing and this is not root.
set -euo pipefail

record=/var/log/compliance-lab-packages.log
wanted=()
answers=()
for list in "$@"; do
  [[ -f $list ]] || { echo "install-packages: no such list: $list" >&2; exit 3; }
  [[ -f $(dirname "$list")/debconf.txt ]] && answers+=("$(dirname "$list")/debconf.txt")
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

unit_links() { find /etc/systemd/system -type l 2>/dev/null | sort; }
links_before=$(unit_links)

echo "packages: installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
for a in "${answers[@]}"; do debconf-set-selections "$a"; done
apt_opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=600)
if ! apt-get install "${apt_opts[@]}" "${missing[@]}"; then
  apt-get update -q
  apt-get install "${apt_opts[@]}" "${missing[@]}"
fi

mapfile -t created < <(comm -13 <(printf '%s\n' "$links_before") <(unit_links) | grep . || true)
for link in "${created[@]}"; do rm -f "$link"; done
if ((${#created[@]})); then
  echo "packages: left disabled the units they enabled: $(printf '%s\n' "${created[@]##*/}" | sort -u | tr '\n' ' ')"
fi
echo "$(date -u +%FT%TZ) installed: ${missing[*]}" >>"$record"
if ((${#created[@]})); then echo "$(date -u +%FT%TZ) removed unit links: ${created[*]}" >>"$record"; fi
