#!/bin/bash
# down.sh: removes every namespace, process, mount and state file of this lab instance, whatever state it is in.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
hosts=()
for f in /run/netns/"$LAB_INSTANCE"-*; do [[ -e $f ]] && hosts+=("${f#/run/netns/$LAB_INSTANCE-}"); done
for f in "$NS_DIR"/*.mnt "$NS_DIR"/*.uts; do [[ -e $f ]] && { b=${f##*/}; hosts+=("${b%.*}"); }; done
mapfile -t hosts < <(printf '%s\n' "${hosts[@]}" | sort -u | grep . || true)
netns_files=()
for h in "${hosts[@]}"; do netns_files+=("/run/netns/$LAB_INSTANCE-$h"); done
none_left() {
  local p; p=$(pids_in_namespaces "${netns_files[@]}")
  [[ -z $p ]] && return 0
  kill -KILL $p 2>/dev/null || true
  return 1
}
if ((${#hosts[@]})); then
  wait_until 30 none_left || { echo "processes still alive in the lab namespaces" >&2; exit 1; }
  for h in "${hosts[@]}"; do
    for f in "$NS_DIR/$h.mnt" "$NS_DIR/$h.uts"; do
      if mountpoint -q "$f" 2>/dev/null; then umount "$f" || umount -l "$f"; fi
    done
    n=/run/netns/$LAB_INSTANCE-$h
    if [[ -e $n ]]; then ip netns delete "$LAB_INSTANCE-$h" 2>/dev/null || { umount -l "$n" 2>/dev/null; rm -f "$n"; }; fi
  done
fi
if mountpoint -q "$NS_DIR" 2>/dev/null; then umount "$NS_DIR" || umount -l "$NS_DIR"; fi
rm -rf "$RUN_DIR" "$STATE_DIR" "/etc/netns/$LAB_INSTANCE-"*
restore_receive_backlog
rmdir /run/compliance-lab /var/lib/compliance-lab 2>/dev/null || true
