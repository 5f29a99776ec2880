# The bastion: sshd with the fixture host key, recorded hop to the Secure Zone, pinned target keys, root-owned recordings.
setup_sshd gateway
join_directory
setup_compliance_account
install -m 0600 -o compliance -g compliance "$FIXTURES/ssh/compliance_ed25519" /home/compliance/.ssh/id_ed25519
for u in infra1 infra2 devroot1 devroot2 alice bob; do add_user "$u"; done
printf 'ml01,198.18.50.10 %s\n' "$(cut -d' ' -f1,2 "$FIXTURES/ssh/ml01_host_ed25519_key.pub")" > /etc/ssh/ssh_known_hosts
chmod 0644 /etc/ssh/ssh_known_hosts /etc/gateway/targets /etc/logrotate.d/ttyrec
chown root:root /usr/local/sbin/gateway-hop /usr/local/sbin/gateway-record /usr/local/lib/gateway/pipe-record
install_sudoers gateway-record 'ALL ALL=(root) NOPASSWD: /usr/local/sbin/gateway-record'
install -d -o root -g root -m 0700 /var/log/ttyrec
setup_clamd
