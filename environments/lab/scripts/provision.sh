#!/bin/bash
# provision.sh create|check HOST: copies the common and the host's own files into the host, then runs the host's
# provision.sh inside it (users, keys, certificates, permissions).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
action=$1 h=$2
marker=$RUN_DIR/hosts/$h/.provisioned
case $action in
  check) [[ -e $marker ]] ;;
  create)
    [[ -e $marker ]] && exit 0
    # An interrupted provisioning may have left account database locks behind.
    hx "$h" rm -f /etc/passwd.lock /etc/shadow.lock /etc/group.lock /etc/gshadow.lock /etc/subuid.lock /etc/subgid.lock /etc/.pwd.lock
    # Files only: existing directories keep their owner and mode (--no-overwrite-dir) and no time is set (--touch); symlinks are replaced.
    dirs=()
    for d in etc usr srv var; do [[ -d $LAB_DIR/hosts/$h/$d ]] && dirs+=("$d"); done
    tar -C "$LAB_DIR/common" -cf - . | hx "$h" tar -C / -xf - --no-overwrite-dir --no-same-owner --touch
    if ((${#dirs[@]})); then
      tar -C "$LAB_DIR/hosts/$h" -cf - "${dirs[@]}" | hx "$h" tar -C / -xf - --no-overwrite-dir --no-same-owner --touch
    fi
    hx "$h" chown -R root:root /etc/lab
    if [[ -f $LAB_DIR/hosts/$h/provision.sh ]]; then
      hx "$h" env HOST="$h" bash -euo pipefail -c 'source "$LAB_DIR/scripts/provision-lib.sh"; source "$LAB_DIR/hosts/$HOST/provision.sh"'
    fi
    touch "$marker" ;;
  delete) rm -f "$marker" ;;
esac
