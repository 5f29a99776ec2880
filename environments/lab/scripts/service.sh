#!/bin/bash
# service.sh start|stop|ready HOST NAME: a daemon of a lab host, through the host's lab-service.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
action=$1 h=$2 name=$3
if [[ $action == stop && ! -e /run/netns/$(ns_name "$h") ]]; then exit 0; fi
hx "$h" /usr/local/sbin/lab-service "$action" "$name"
