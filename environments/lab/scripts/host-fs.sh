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
mount -t tmpfs -o mode=1777,size=256m "lab-$h-tmp" /tmp
mount -t tmpfs -o mode=0755,size=64m "lab-$h-run" /run
mkdir -p /run/lock /var/log/lab
echo "$h" > /etc/hostname
rm -rf /etc/netns
