#!/bin/bash
# down.sh: removes every namespace, process, mount and state file of this lab instance, whatever state it is in.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
hosts=()
for f in /run/netns/"$LAB_INSTANCE"-*; do [[ -e $f ]] && hosts+=("${f#/run/netns/$LAB_INSTANCE-}"); done
for f in "$NS_DIR"/*.mnt "$NS_DIR"/*.uts; do [[ -e $f ]] && { b=${f##*/}; hosts+=("${b%.*}"); }; done
mapfile -t hosts < <(printf '%s\n' "${hosts[@]}" | sort -u | grep . || true)
all_pids() { for h in "${hosts[@]}"; do ns_pids "$h"; done; }
none_left() { local p; p=$(all_pids); [[ -z $p ]] && return 0; kill -KILL $p 2>/dev/null || true; return 1; }
if ((${#hosts[@]})); then
  wait_until 30 none_left || { echo "processes still alive in the lab namespaces" >&2; exit 1; }
  for h in "${hosts[@]}"; do bash "$LAB_DIR/scripts/host-ns.sh" delete "$h"; done
fi
if mountpoint -q "$NS_DIR" 2>/dev/null; then umount "$NS_DIR" || umount -l "$NS_DIR"; fi
rm -rf "$RUN_DIR" "$STATE_DIR" "/etc/netns/$LAB_INSTANCE-"*
rmdir /run/compliance-lab /var/lib/compliance-lab 2>/dev/null || true
