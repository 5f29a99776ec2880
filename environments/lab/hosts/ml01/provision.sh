# The Secure Zone's ML server: users, sudo rules, confidential data, nginx TLS, Jupyter servers, sshd, clamd.
setup_sshd ml01
join_directory
setup_compliance_account
add_group mlproject; add_group devroot; add_group infra
for u in alice bob; do add_user "$u" mlproject; done
for u in devroot1 devroot2; do add_user "$u" mlproject,devroot; done
for u in infra1 infra2; do add_user "$u" infra; done
# infra3 (group ops) and dev3 come from the directory (slapd on dns through nslcd). The container runtime's group
# exists without members: membership would be root by another door.
add_group docker
install_sudoers dev-root '%devroot ALL=(ALL:ALL) NOPASSWD: ALL'
install_sudoers infra-ops "$(printf '%s\n' \
  'Cmnd_Alias INFRA_OPS = /usr/bin/systemctl restart nginx, /usr/bin/systemctl status nginx --no-pager, /usr/bin/journalctl --no-pager -u nginx' \
  '%infra ALL=(root) NOPASSWD: INFRA_OPS' \
  '%ops ALL=(root) NOPASSWD: INFRA_OPS')"
# Confidential data: owned by the project, closed to everybody else.
install -d -o root -g mlproject -m 2770 /srv/confidential
printf 'id,label\n1,confidential sample\n' > /srv/confidential/dataset.csv
chown root:mlproject /srv/confidential/dataset.csv; chmod 0660 /srv/confidential/dataset.csv
# TLS for nginx from the lab CA.
install -d -m 0750 /etc/nginx/tls
install -m 0644 "$PKI/ml01.crt" /etc/nginx/tls/ml01.crt
install -m 0600 "$PKI/ml01.key" /etc/nginx/tls/ml01.key
rm -f /etc/nginx/sites-enabled/default
install -d -o www-data /var/log/nginx /var/lib/nginx
for u in alice bob; do
  install -m 0640 -o root -g "$u" "$STATE_DIR/secrets/jupyter-$u.token" "/etc/jupyter/$u.token"
done
chmod 0644 /etc/jupyter/notebook.py
setup_clamd
