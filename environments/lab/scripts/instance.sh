#!/bin/bash
# instance.sh create|check: the instance's state directories and the private mount holding the namespace files.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
case $1 in
  create)
    mkdir -p "$RUN_DIR/hosts" "$STATE_DIR"; chmod 0700 "$STATE_DIR" "$RUN_DIR"
    ensure_ns_dir
    # Hosts have their own /tmp, /home, /srv and /run: a checkout below one of them is invisible inside a host, so the
    # fixtures the hosts' provisioning installs are staged in the instance's state directory, which every host sees.
    # Staged once (a changed fixture changes the lab's fingerprint and rebuilds it): the hosts see this directory through
    # an overlay, and an overlay's lower layer must not change under it.
    if [[ ! -d $STATE_DIR/fixtures ]]; then
      rm -rf "$STATE_DIR/fixtures.new"
      cp -a "$LAB_DIR/fixtures" "$STATE_DIR/fixtures.new"
      mv "$STATE_DIR/fixtures.new" "$STATE_DIR/fixtures"
    fi
    raise_receive_backlog ;;
  check) mountpoint -q "$NS_DIR" ;;
  delete) bash "$LAB_DIR/scripts/down.sh" ;;
esac
