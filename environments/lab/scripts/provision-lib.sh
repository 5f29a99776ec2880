# Helpers for the hosts' provision.sh scripts; they run inside the host as root.
FIXTURES=$STATE_DIR/fixtures  # staged by instance.sh: the checkout itself may sit under a path the hosts do not see
PKI=$STATE_DIR/pki

add_user() { # add_user NAME [GROUP,...]: a key-only account (password field '*', not locked for sshd)
  local u=$1 groups=${2:-}
  id "$u" >/dev/null 2>&1 || useradd -m -s /bin/bash -p '*' ${groups:+-G "$groups"} "$u"
  # An interrupted useradd may have left the account without its primary group or its home.
  local gid; gid=$(id -g "$u")
  if ! getent group "$gid" >/dev/null; then
    if getent group "$u" >/dev/null; then usermod -g "$u" "$u"; else groupadd -g "$gid" "$u"; fi
  fi
  [[ -d /home/$u ]] || { cp -rT /etc/skel "/home/$u"; chown -R "$u:$(id -gn "$u")" "/home/$u"; chmod 0750 "/home/$u"; }
  [[ -z $groups ]] || usermod -aG "$groups" "$u"
}

add_group() { getent group "$1" >/dev/null || groupadd "$1"; }

install_sudoers() { # install_sudoers NAME CONTENT
  printf '%s\n' "$2" > "/etc/sudoers.d/$1"
  chown root:root "/etc/sudoers.d/$1"; chmod 0440 "/etc/sudoers.d/$1"
  visudo -cqf "/etc/sudoers.d/$1"
}

setup_sshd() { # setup_sshd HOSTKEYNAME: the host key from the fixtures, no machine keys
  rm -f /etc/ssh/ssh_host_*
  install -m 0600 "$FIXTURES/ssh/${1}_host_ed25519_key" /etc/ssh/ssh_host_ed25519_key
  install -m 0644 "$FIXTURES/ssh/${1}_host_ed25519_key.pub" /etc/ssh/ssh_host_ed25519_key.pub
  chmod 0644 /etc/ssh/sshd_config
  install -d -m 0755 /run/sshd; /usr/sbin/sshd -t
}

setup_compliance_account() { # the audit account: fixture key, password-less sudo
  add_user compliance
  install -d -m 0700 -o compliance -g compliance /home/compliance/.ssh
  install -m 0600 -o compliance -g compliance "$FIXTURES/ssh/compliance_ed25519.pub" /home/compliance/.ssh/authorized_keys
  install_sudoers compliance 'compliance ALL=(ALL:ALL) NOPASSWD: ALL'
}

setup_clamd() { # clamd with the offline signatures generated for this lab instance
  rm -rf /var/lib/clamav/*
  install -d -o clamav -g clamav -m 0755 /var/lib/clamav /var/log/clamav
  install -m 0644 -o clamav -g clamav "$STATE_DIR"/clamav/lab.hdb "$STATE_DIR"/clamav/lab.ndb /var/lib/clamav/
  chmod 0644 /etc/clamav/clamd.conf
}

# This host's own /proc (in its mount namespace), showing each account only its own processes.
hide_processes() {
  awk '$2 == "/proc" && $3 == "proc" { o = $4 } END { exit !(o ~ /hidepid=(invisible|2)/) }' /proc/mounts \
    || mount -t proc -o hidepid=invisible,nosuid,nodev,noexec proc /proc
}

# A security-room terminal: 802.1X supplicant material for eapol_test under /etc/eapol.
terminal_eapol_material() {
  # eapol_test takes the RADIUS secret only on its command line: the probe runs it as radius-probe, and this host's
  # /proc hides every account's processes from the others (hidepid), so no other account can read the secret.
  id radius-probe >/dev/null 2>&1 || useradd -r -M -d /nonexistent -s /usr/sbin/nologin radius-probe
  hide_processes
  install -d -m 0755 /etc/eapol
  install -m 0644 "$PKI/ca.crt" /etc/eapol/ca.crt
  local c
  for c in infra01 data01 dev01 guest01 infra02 data02; do
    install -m 0644 "$PKI/$c.crt" "/etc/eapol/$c.crt"
    install -m 0640 -g radius-probe "$PKI/$c.key" "/etc/eapol/$c.key"
    cat > "/etc/eapol/$c.conf" <<CONF
network={
	key_mgmt=IEEE8021X
	eap=TLS
	identity="$c"
	ca_cert="/etc/eapol/ca.crt"
	client_cert="/etc/eapol/$c.crt"
	private_key="/etc/eapol/$c.key"
	eapol_flags=0
}
CONF
  done
  rm -f /etc/eapol/radius.env
}

join_directory() { # nslcd against the lab directory with enumeration off: its accounts and groups resolve by name only
  cat > /etc/nslcd.conf <<'CONF'
# The lab directory (slapd on dns). Enumeration is off, as on a large directory: `getent passwd` lists only the
# local accounts, `getent passwd NAME` and `id NAME` resolve directory accounts too.
uid nslcd
gid nslcd
uri ldap://198.18.30.11/
base dc=lab,dc=internal
nss_disable_enumeration yes
CONF
  chown root:nslcd /etc/nslcd.conf; chmod 0640 /etc/nslcd.conf
  sed -i -E '/^(passwd|group):/{/ ldap/!s/$/ ldap/}' /etc/nsswitch.conf
}
