# One real DHCP exchange from the vantage's room link. With a MAC: a throwaway macvlan with that MAC;
# with "own": the vantage's own interface. dhclient runs with a no-op script (nothing is configured),
# its own lease and pid files, and everything is removed at the end.
# argv: vantage-address mac|own timeout-seconds
set -u
addr=$1 mac=$2 wait=$3
ifc=$(ip -o -4 addr show | awk -v a="$addr" '{split($4, p, "/"); if (p[1] == a) print $2}' | head -1)
[ -n "$ifc" ] || { echo "error no interface holds $addr"; exit 0; }
dir=$(mktemp -d)
dev=$ifc
cleanup() {
  [ -s "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null
  [ "$dev" != "$ifc" ] && ip link del "$dev" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
if [ "$mac" != own ]; then
  dev=dp$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')
  ip link add link "$ifc" name "$dev" address "$mac" type macvlan mode bridge || { echo "error macvlan"; dev=$ifc; exit 0; }
  ip link set "$dev" up
fi
printf 'timeout %s;\nretry 1;\ninitial-interval 1;\n' "$wait" > "$dir/conf"
echo "mac $(ip -o link show dev "$dev" | sed -n 's/.*link\/ether \([0-9a-f:]*\).*/\1/p') on $dev"
timeout $((wait + 10)) dhclient -1 -cf "$dir/conf" -sf /bin/true -lf "$dir/lease" -pf "$dir/pid" "$dev" >"$dir/log" 2>&1
echo "dhclient-exit $?"
grep -m1 -E 'fixed-address' "$dir/lease" | sed 's/^ */lease /'
grep -m1 -E 'dhcp-server-identifier' "$dir/lease" | sed 's/^ */lease /'
