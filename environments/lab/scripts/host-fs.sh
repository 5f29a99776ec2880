#!/bin/bash
# Runs once inside a new host's mount namespace: its own /etc, /var/lib, /usr/local (overlays of the machine's),
# empty /var/log, /var/spool, /srv, /home, /root, /tmp and a private /run.
set -euo pipefail
h=$1 root=$2
hostname "$h"
for d in etc:/etc varlib:/var/lib usrlocal:/usr/local root:/root; do
  name=${d%%:*} target=${d#*:}
  mkdir -p "$root/$name/upper" "$root/$name/work"
  mount -t overlay "lab-$h-$name" -o "lowerdir=$target,upperdir=$root/$name/upper,workdir=$root/$name/work" "$target"
done
for d in log:/var/log spool:/var/spool srv:/srv home:/home; do
  name=${d%%:*} target=${d#*:}
  mkdir -p "$root/$name"
  mount --bind "$root/$name" "$target"
done
# The machine's /etc is the lower layer of the host's: the host keeps the machine's system accounts and the daemons'
# own, never the machine's people. Accounts and groups numbered from 1000 up (nobody and nogroup excepted) are removed,
# the administrative groups lose every member, and the machine's sudoers rules give way to Debian's default; the lab's
# provisioning then adds its own accounts and rules.
people=$(awk -F: '$3 >= 1000 && $3 != 65534 { printf "%s%s", sep, $1; sep = "," }' /etc/passwd)
keep_entries() { # FILE ID-FIELD MEMBERS-FIELD (0: none): drops entries numbered 1000-65533 (when numbered) or named in $people; filters member lists.
  local f=$1 idfield=$2 members=$3
  [[ -e $f ]] || return 0
  umask 077  # the copy of shadow files must never be readable by others, even for a moment
  awk -F: -v OFS=: -v people="$people" -v idf="$idfield" -v mf="$members" '
    BEGIN { n = split(people, p, ","); for (i = 1; i <= n; i++) gone[p[i]] = 1 }
    idf > 0 && $idf >= 1000 && $idf != 65534 { next }
    ($1 in gone) { next }
    mf > 0 {
      if ($1 == "sudo" || $1 == "admin" || $1 == "wheel") { $mf = "" }
      else { m = split($mf, names, ","); out = ""; for (i = 1; i <= m; i++) if (!(names[i] in gone)) out = out (out == "" ? "" : ",") names[i]; $mf = out }
    }
    { print }' "$f" > "$f.lab" && cat "$f.lab" > "$f" && rm -f "$f.lab"
  umask 022
}
keep_entries /etc/passwd 3 0
keep_entries /etc/shadow 0 0
keep_entries /etc/group 3 4
keep_entries /etc/gshadow 0 4
keep_entries /etc/subuid 0 0
keep_entries /etc/subgid 0 0
if [[ -d /etc/sudoers.d ]]; then find /etc/sudoers.d -mindepth 1 ! -name README -delete; fi
if [[ -e /etc/sudoers ]]; then
  printf '%s\n' 'Defaults	env_reset' 'Defaults	mail_badpass' \
    'Defaults	secure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"' \
    'root	ALL=(ALL:ALL) ALL' '%sudo	ALL=(ALL:ALL) ALL' '@includedir /etc/sudoers.d' > /etc/sudoers
  chmod 0440 /etc/sudoers
fi
mount -t tmpfs -o mode=1777,size=256m "lab-$h-tmp" /tmp
mount -t tmpfs -o mode=0755,size=64m "lab-$h-run" /run
mkdir -p /run/lock /var/log/lab
echo "$h" > /etc/hostname
rm -rf /etc/netns
