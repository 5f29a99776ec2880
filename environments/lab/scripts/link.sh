#!/bin/bash
# link.sh create|delete|check HOST SEGMENT MAC ROUTER ROUTER6 ADDRESS...  (ADDRESS = a.b.c.d/prefix, "dhcp", or an
# IPv6 address/64; ROUTER6 "-" = no IPv6 default route)
# A veth pair made inside the namespaces (fw side v-HOST on br-SEGMENT, host side eth0), addresses and default routes.
# IPv6 addresses are added with nodad (usable at once; the lab's plan guarantees they are unique); link-local stays.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
action=$1 h=$2 seg=$3 mac=$4 router=$5 router6=$6; shift 6
fw=$(ns_name fw) hn=$(ns_name "$h") v=v-$h
check() {
  ip -n "$fw" link show "$v" >/dev/null 2>&1 || return 1
  for a in "$@"; do
    if [[ $a == dhcp ]]; then hx "$h" test -s /run/dhclient.pid || return 1
    else ip -n "$hn" -br addr show eth0 | grep -q " ${a} \| ${a}\$" || return 1; fi
  done
  ip -n "$hn" route show default | grep -q "via $router" || return 1
  [[ $router6 == - ]] || ip -n "$hn" -6 route show default | grep -q "via $router6"
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
      elif [[ $a == *:* ]]; then
        ip -n "$hn" -6 addr replace "$a" dev eth0 nodad
      else
        ip -n "$hn" addr replace "$a" dev eth0
      fi
    done
    ip -n "$hn" route replace default via "$router"
    [[ $router6 == - ]] || ip -n "$hn" -6 route replace default via "$router6" dev eth0 ;;
  delete) ip -n "$fw" link del "$v" 2>/dev/null || true ;;
  check) check "$@" ;;
esac
