#!/bin/bash
# provision.sh create|check HOST: copies the common and the host's own files into the host, then runs the host's
# provision.sh inside it (users, keys, certificates, permissions).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# copy_files DIR SUBDIR: every non-directory under DIR/SUBDIR into the host's / at the same relative path.
copy_files() {
  (cd "$1" && find "$2" ! -type d -print0) | tar -C "$1" --null --no-recursion -T - -cf - \
    | hx "$h" tar -C / -xf - --no-same-owner --touch
}
action=$1 h=$2
marker=$RUN_DIR/hosts/$h/.provisioned
case $action in
  check) [[ -e $marker ]] ;;
  create)
    [[ -e $marker ]] && exit 0
    # An interrupted provisioning may have left account database locks behind.
    hx "$h" rm -f /etc/passwd.lock /etc/shadow.lock /etc/group.lock /etc/gshadow.lock /etc/subuid.lock /etc/subgid.lock /etc/.pwd.lock
    # Files and symlinks only, never a directory entry: GNU tar briefly sets an existing directory it extracts into
    # to 0700 and restores it afterwards, which on the machine's shared / (or /usr, /var) breaks every other process
    # meanwhile and, with two extractions interleaved, can leave / at 0700. Missing parents are created 0755; no time is set.
    copy_files "$LAB_DIR/common" .
    for d in etc usr srv var; do
      [[ -d $LAB_DIR/hosts/$h/$d ]] && copy_files "$LAB_DIR/hosts/$h" "$d"
    done
    hx "$h" chown -R root:root /etc/lab
    if [[ -f $LAB_DIR/hosts/$h/provision.sh ]]; then
      # The scripts travel as text: the checkout may sit below a path the host does not see (its own /tmp, /home, ...).
      hx "$h" env HOST="$h" bash -euo pipefail -c "$(cat "$LAB_DIR/scripts/provision-lib.sh" "$LAB_DIR/hosts/$h/provision.sh")"
    fi
    touch "$marker" ;;
  delete) rm -f "$marker" ;;
esac
