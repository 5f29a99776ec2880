#!/bin/bash
# fw-net.sh create|delete|check: the firewall's segment bridges, router addresses, forwarding and nftables ACL.
# Bridges: br-<segment> with the router addresses given as SEGMENT=ADDRESS/PREFIX[,ADDRESS6/64] arguments after the action
# (IPv6 added with nodad, so usable at once; link-local addresses stay); static routes from the firewall's
# /etc/lab/routes ("PREFIX via NEXTHOP" a line, # comments).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
action=$1; shift
fw=$(ns_name fw)
routes() { hx fw sh -c 'test ! -e /etc/lab/routes || grep -v "^[[:space:]]*\(#\|$\)" /etc/lab/routes'; }
check() {
  for s in "$@"; do
    IFS=, read -ra as <<<"${s#*=}"
    for a in "${as[@]}"; do ip -n "$fw" -br addr show "br-${s%%=*}" 2>/dev/null | grep -q " ${a}\b" || return 1; done
  done
  while read -r prefix _ nexthop _; do ip -n "$fw" route show "$prefix" | grep -q "via $nexthop " || return 1; done < <(routes)
  hx fw nft list table inet filter >/dev/null 2>&1
}
case $action in
  create)
    for s in "$@"; do
      b=br-${s%%=*}
      ip -n "$fw" link show "$b" >/dev/null 2>&1 || ip -n "$fw" link add "$b" type bridge
      IFS=, read -ra as <<<"${s#*=}"
      for a in "${as[@]}"; do
        if [[ $a == *:* ]]; then ip -n "$fw" -6 addr replace "$a" dev "$b" nodad; else ip -n "$fw" addr replace "$a" dev "$b"; fi
      done
      ip -n "$fw" link set "$b" up
    done
    hx fw sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1
    # Traffic inside one segment is switched, not routed: keep bridged frames out of the firewall's ruleset.
    for k in net.bridge.bridge-nf-call-iptables net.bridge.bridge-nf-call-ip6tables net.bridge.bridge-nf-call-arptables; do
      [[ -e /proc/sys/${k//.//} ]] && hx fw sysctl -qw "$k=0"
    done
    hx fw nft -f /etc/nftables.conf
    while read -r route; do ip -n "$fw" route replace $route; done < <(routes) ;;
  delete)
    [[ -e /run/netns/$fw ]] || exit 0
    for s in "$@"; do ip -n "$fw" link del "br-${s%%=*}" 2>/dev/null || true; done ;;
  check) check "$@" ;;
esac
