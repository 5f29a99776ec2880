#!/bin/bash
# Throwaway SSH test bed: three network namespaces with real sshd instances, plus one sshd on loopback.
#   client  198.18.251.1/30  -- the vantage (the tests' connection origin)
#   gateway 198.18.251.2/30 (sshd, ForceCommand hop, DisableForwarding)
#           198.18.251.9/29  -- target 198.18.251.10 and .11/29 (sshd)
#   target is reachable only from the gateway; the root namespace reaches none of them.
#   local   127.0.0.1:PORT in the root namespace (plain sshd, private mount namespace)
# Usage: ssh-testbed.sh up DIR ID OWNER_PID | down DIR ID | start DIR ID NAME | stop DIR ID NAME
set -euo pipefail
cmd=$1 dir=$2 id=${3:-} owner=${4:-}

ns() { echo "t-ssh-$id-$1"; }

sweep_stale() {
  for d in /tmp/t-ssh-*; do
    [ -f "$d/owner" ] || continue
    kill -0 "$(cat "$d/owner")" 2>/dev/null && continue
    "$0" down "$d" "$(cat "$d/id")" || true
  done
}

wait_for() { # deadline seconds, command...
  local end=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $end ] || { echo "timed out waiting for: $*" >&2; return 1; }
    sleep 0.1
  done
}

sshd_config() { # name listen extra...
  local name=$1 listen=$2; shift 2
  cat > "$dir/$name.sshd_config" <<CFG
ListenAddress $listen
HostKey $dir/$name.host_key
PidFile $dir/$name.pid
AuthorizedKeysFile $dir/$name.authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
LogLevel VERBOSE
MaxSessions 10
Subsystem sftp internal-sftp
CFG
  for line in "$@"; do echo "$line" >> "$dir/$name.sshd_config"; done
  private_run /usr/sbin/sshd -t -f "$dir/$name.sshd_config"
}

private_run() { # runs a command with a private, empty /run holding /run/sshd
  unshare --mount --propagation private bash -c 'mount -t tmpfs -o mode=755 tmpfs /run && mkdir -m 755 /run/sshd && exec "$@"' private-run "$@"
}

start() { # name: runs sshd -D in its namespace (or the root one) with a private /run
  local name=$1 netns=${2:-}
  local runner=()
  [ -n "$netns" ] && runner=(ip netns exec "$netns")
  rm -f "$dir/$name.pid"
  setsid "${runner[@]}" unshare --mount --propagation private bash -c \
    'mount -t tmpfs -o mode=755 tmpfs /run && mkdir -m 755 /run/sshd && exec "$@"' sshd-run \
    /usr/sbin/sshd -D -f "$dir/$name.sshd_config" -E "$dir/$name.log" </dev/null >>"$dir/$name.out" 2>&1 &
  wait_for 30 test -s "$dir/$name.pid"
}

stop() { # name
  local pidfile="$dir/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null || true
  wait_for 30 bash -c "! kill -0 $pid" || kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

up() {
  sweep_stale
  mkdir -p "$dir/recordings"
  echo "$owner" > "$dir/owner"; echo "$id" > "$dir/id"
  for n in client gateway target; do ip netns add "$(ns $n)"; ip -n "$(ns $n)" link set lo up; done
  ip link add "tsc$id" netns "$(ns client)" type veth peer name "tsg$id" netns "$(ns gateway)"
  ip link add "tsh$id" netns "$(ns gateway)" type veth peer name "tst$id" netns "$(ns target)"
  ip -n "$(ns client)" addr add 198.18.251.1/30 dev "tsc$id"
  ip -n "$(ns gateway)" addr add 198.18.251.2/30 dev "tsg$id"
  ip -n "$(ns gateway)" addr add 198.18.251.9/29 dev "tsh$id"
  ip -n "$(ns target)" addr add 198.18.251.10/29 dev "tst$id"
  ip -n "$(ns target)" addr add 198.18.251.11/29 dev "tst$id"
  for l in "$(ns client) tsc$id" "$(ns gateway) tsg$id" "$(ns gateway) tsh$id" "$(ns target) tst$id"; do
    set -- $l; ip -n "$1" link set "$2" up
  done

  for k in gateway target local stale; do ssh-keygen -q -t ed25519 -N '' -C "$k" -f "$dir/$k.host_key"; done
  ssh-keygen -q -t rsa -b 2048 -N '' -C local-rsa -f "$dir/local-rsa.host_key"  # a second key of another type
  for k in client wrong hop; do ssh-keygen -q -t ed25519 -N '' -C "$k" -f "$dir/$k.key"; done
  cp "$dir/client.key.pub" "$dir/gateway.authorized_keys"
  cp "$dir/client.key.pub" "$dir/local.authorized_keys"
  cp "$dir/hop.key.pub" "$dir/target.authorized_keys"
  # the gateway pins the target's key for .6 and a stale key for .7 (a target whose key changed)
  echo "198.18.251.10 $(cut -d' ' -f1,2 "$dir/target.host_key.pub")" > "$dir/hop_known_hosts"
  echo "198.18.251.11 $(cut -d' ' -f1,2 "$dir/stale.host_key.pub")" >> "$dir/hop_known_hosts"
  printf 'target 198.18.251.10\nrekeyed 198.18.251.11\n' > "$dir/targets"
  sed "s|@DIR@|$dir|g" "$(dirname "$0")/gateway-hop.sh" > "$dir/gateway-hop"; chmod 755 "$dir/gateway-hop"

  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  echo "$port" > "$dir/local.port"
  sshd_config gateway 198.18.251.2:22 "ForceCommand $dir/gateway-hop" "DisableForwarding yes"
  sshd_config target 198.18.251.10:22 "ListenAddress 198.18.251.11:22"
  sshd_config local "127.0.0.1:$port" "HostKey $dir/local-rsa.host_key"
  start gateway "$(ns gateway)"; start target "$(ns target)"; start local
  wait_for 30 ip netns exec "$(ns client)" bash -c 'exec 3<>/dev/tcp/198.18.251.2/22'
  wait_for 30 ip netns exec "$(ns gateway)" bash -c 'exec 3<>/dev/tcp/198.18.251.10/22'
  wait_for 30 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port"
  for k in gateway target local local-rsa stale; do ssh-keygen -lf "$dir/$k.host_key.pub" | cut -d' ' -f2 > "$dir/$k.fingerprint"; done
}

down() {
  for name in gateway target local; do stop "$name"; done
  for n in client gateway target; do ip netns del "$(ns $n)" 2>/dev/null || true; done
  rm -rf "$dir"
}

case $cmd in
  up) trap 'rc=$?; [ $rc -eq 0 ] || down || true' EXIT; up ;;
  down) down ;;
  start) if [ "$4" = local ]; then start local; else start "$4" "$(ns "$4")"; fi ;;
  stop) stop "$4" ;;
  *) echo "usage: $0 up|down|start|stop DIR ID ..." >&2; exit 2 ;;
esac
