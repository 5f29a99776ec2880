#!/bin/bash
# Recorded command hop of the test gateway (ForceCommand): "<target> <command line>".
# The target must be listed in targets; the onward ssh pins host keys strictly; the session is recorded with script(1).
set -u
dir=@DIR@
line=${SSH_ORIGINAL_COMMAND:-}
target=${line%% *}
rest=${line#* }
if [ -z "$line" ] || [ "$rest" = "$line" ] || [ -z "$rest" ]; then
  echo "gateway-hop: usage: <target> <command>" >&2; exit 255
fi
address=$(awk -v t="$target" '$1 == t { print $2 }' "$dir/targets")
if [ -z "$address" ]; then
  echo "gateway-hop: target not allowed" >&2; exit 255
fi
onward="ssh -F /dev/null -i $dir/hop.key -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes"
onward+=" -o UserKnownHostsFile=$dir/hop_known_hosts -o GlobalKnownHostsFile=/dev/null -o ConnectTimeout=15"
onward+=" root@$address -- $(printf %q "$rest")"
exec script -q -e -c "$onward" "$dir/recordings/$(date -u +%Y%m%dT%H%M%SZ)-$$.log"
