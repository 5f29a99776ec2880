#!/bin/bash
# link.sh create|delete|check HOST SEGMENT MAC ROUTER ADDRESS...  (ADDRESS = a.b.c.d/prefix, or "dhcp")
# A veth pair made inside the namespaces (fw side v-HOST on br-SEGMENT, host side eth0), addresses and default route.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
action=$1 h=$2 seg=$3 mac=$4 router=$5; shift 5
fw=$(ns_name fw) hn=$(ns_name "$h") v=v-$h
check() {
  ip -n "$fw" link show "$v" >/dev/null 2>&1 || return 1
  for a in "$@"; do
    if [[ $a == dhcp ]]; then hx "$h" test -s /run/dhclient.pid || return 1
    else ip -n "$hn" -br addr show eth0 | grep -q " ${a} \| ${a}\$" || return 1; fi
  done
  ip -n "$hn" route show default | grep -q "via $router"
}
case $action in
  create)
    check "$@" && exit 0
    ip -n "$fw" link del "$v" 2>/dev/null || true
    ip -n "$hn" link del eth0 2>/dev/null || true
    macopt=(); [[ $mac == - ]] || macopt=(address "$mac")
    ip -n "$fw" link add "$v" type veth peer name eth0 "${macopt[@]}" netns "$hn"
    ip -n "$fw" link set "$v" master "br-$seg" up
    ip -n "$hn" link set eth0 up
    for a in "$@"; do
      if [[ $a == dhcp ]]; then
        hx "$h" bash -c 'mkdir -p /var/lib/dhcp; rm -f /run/dhclient.pid; dhclient -1 -4 -pf /run/dhclient.pid -lf /var/lib/dhcp/dhclient.leases eth0 </dev/null >/var/log/lab/dhclient.log 2>&1'
      else
        ip -n "$hn" addr replace "$a" dev eth0
      fi
    done
    ip -n "$hn" route replace default via "$router" ;;
  delete) ip -n "$fw" link del "$v" 2>/dev/null || true ;;
  check) check "$@" ;;
esac
