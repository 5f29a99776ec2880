#!/bin/bash
# exec.sh HOST CMD...: runs a command inside a lab host.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
h=$1; shift
[[ -e /run/netns/$(ns_name "$h") ]] || { echo "host $h of lab instance $LAB_INSTANCE is not up" >&2; exit 2; }
hx "$h" "$@"
