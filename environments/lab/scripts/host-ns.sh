#!/bin/bash
# host-ns.sh create|delete|check HOST: a lab host's network, mount and UTS namespaces with its own filesystem view.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
action=$1 h=$2
n=$(ns_name "$h")
root=$RUN_DIR/hosts/$h

check() {
  [[ -e $root/.complete && -e /run/netns/$n ]] && mountpoint -q "$NS_DIR/$h.mnt" && mountpoint -q "$NS_DIR/$h.uts"
}

delete() {
  kill_host_processes "$h"
  for f in "$NS_DIR/$h.mnt" "$NS_DIR/$h.uts"; do
    if mountpoint -q "$f" 2>/dev/null; then umount "$f" || umount -l "$f"; fi
    rm -f "$f"
  done
  if [[ -e /run/netns/$n ]]; then ip netns delete "$n" 2>/dev/null || { umount -l "/run/netns/$n" 2>/dev/null; rm -f "/run/netns/$n"; }; fi
  rm -rf "$root"
}

create() {
  check && return 0
  delete
  ensure_ns_dir
  mkdir -p "$root"
  ip netns add "$n"
  ip -n "$n" link set lo up
  # IPv6 on (the lab's fd5e:1ab0:c0de::/48 only, set by link.sh/fw-net.sh); no duplicate address detection delay, so an
  # address is usable as soon as it is added (the plan makes them unique).
  nsenter --net="/run/netns/$n" sysctl -qw net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.default.disable_ipv6=0 \
    net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
    net.ipv6.conf.all.keep_addr_on_down=1 net.ipv6.conf.default.keep_addr_on_down=1
  touch "$NS_DIR/$h.mnt" "$NS_DIR/$h.uts"
  nsenter --net="/run/netns/$n" unshare --mount="$NS_DIR/$h.mnt" --uts="$NS_DIR/$h.uts" --propagation private \
    bash "$LAB_DIR/scripts/host-fs.sh" "$h" "$root"
  touch "$root/.complete"
}

case $action in
  create) create ;;
  delete) delete ;;
  check) check ;;
  *) echo "usage: host-ns.sh create|delete|check HOST" >&2; exit 2 ;;
esac
