#!/bin/bash
# Shared settings of the lab scripts: instance, state paths, namespace names, host exec.
set -euo pipefail
LAB_INSTANCE=${LAB_INSTANCE:-lab}
if [[ ! $LAB_INSTANCE =~ ^[a-z][a-z0-9]{0,7}$ ]]; then
  echo "LAB_INSTANCE must be 1-8 lowercase letters/digits, starting with a letter" >&2
  exit 2
fi
LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR=/run/compliance-lab/$LAB_INSTANCE
STATE_DIR=/var/lib/compliance-lab/$LAB_INSTANCE
NS_DIR=$RUN_DIR/ns
export LAB_INSTANCE LAB_DIR RUN_DIR STATE_DIR NS_DIR

ns_name() { echo "$LAB_INSTANCE-$1"; }

# Run a command inside a lab host (network, mount and UTS namespaces).
hx() {
  local h=$1; shift
  nsenter --net="/run/netns/$(ns_name "$h")" --mount="$NS_DIR/$h.mnt" --uts="$NS_DIR/$h.uts" -- "$@"
}

# Every lab host's packets pass through this one machine's per-CPU receive backlog (separate machines would each have
# their own). Exhaustive scans from several vantages at once overflow the kernel's default of 1000 packets and are then
# repeated slowly; while any lab instance is up the machine-wide limit is at least LAB_RECEIVE_BACKLOG. The value the
# machine had is kept in BACKLOG_SAVED by the first instance that raises it and put back when the last instance goes
# down (instances run side by side; the lock keeps their ups and downs from interleaving). /run is emptied at boot,
# as the setting itself is.
LAB_RECEIVE_BACKLOG=20000
BACKLOG_FILE=/proc/sys/net/core/netdev_max_backlog
BACKLOG_SAVED=/run/compliance-lab/netdev_max_backlog.before
BACKLOG_LOCK=/run/compliance-lab.lock
raise_receive_backlog() {
  (
    flock 9
    mkdir -p "${BACKLOG_SAVED%/*}"
    [[ -e $BACKLOG_SAVED ]] || cat "$BACKLOG_FILE" > "$BACKLOG_SAVED"
    (( $(<"$BACKLOG_FILE") >= LAB_RECEIVE_BACKLOG )) || echo "$LAB_RECEIVE_BACKLOG" > "$BACKLOG_FILE"
  ) 9>"$BACKLOG_LOCK"
}
# Called by down.sh once this instance's directories are gone: with no instance left, the machine gets its value back.
restore_receive_backlog() {
  (
    flock 9
    local d
    for d in /run/compliance-lab/*/; do [[ -d $d ]] && return 0; done
    if [[ -e $BACKLOG_SAVED ]]; then
      cat "$BACKLOG_SAVED" > "$BACKLOG_FILE"
      rm -f "$BACKLOG_SAVED"
    fi
  ) 9>"$BACKLOG_LOCK"
}

# Poll a command until it succeeds or the deadline (seconds) passes.
wait_until() {
  local deadline=$(( $(date +%s%N) + $1 * 1000000000 )); shift
  until "$@"; do
    (( $(date +%s%N) < deadline )) || return 1
    sleep 0.05
  done
}

# Every process whose network namespace is the host's.
ns_pids() { ip netns pids "$(ns_name "$1")" 2>/dev/null || true; }

no_pids() { [[ -z $(ns_pids "$1") ]]; }

# Every process in any of the given namespace files (one pass over /proc).
pids_in_namespaces() {
  local f inodes=()
  for f in "$@"; do [[ -e $f ]] && inodes+=("net:[$(stat -L -c %i "$f")]"); done
  ((${#inodes[@]})) || return 0
  find /proc/[0-9]*/ns/net -maxdepth 0 -printf '%l %p\n' 2>/dev/null \
    | awk -v set="${inodes[*]}" 'BEGIN { n = split(set, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1 } ($1 in want) { split($2, p, "/"); print p[3] }'
}

kill_host_processes() {
  local h=$1 pids
  [[ -e /run/netns/$(ns_name "$h") ]] || return 0
  pids=$(ns_pids "$h")
  [[ -n $pids ]] || return 0
  kill -KILL $pids 2>/dev/null || true
  wait_until 20 kill_again "$h"
}

kill_again() {
  local pids; pids=$(ns_pids "$1")
  [[ -z $pids ]] && return 0
  kill -KILL $pids 2>/dev/null || true
  return 1
}

ensure_ns_dir() {
  mkdir -p "$NS_DIR"
  if ! mountpoint -q "$NS_DIR"; then
    mount --bind "$NS_DIR" "$NS_DIR"
  fi
  mount --make-private "$NS_DIR"
}
