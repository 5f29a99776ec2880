setup_clamd
# The directory: slapd's database built from the LDIF at provisioning (no debconf, no network round trips).
rm -rf /var/lib/ldap-lab
install -d -o openldap -g openldap -m 0700 /var/lib/ldap-lab
chmod 0644 /etc/ldap/lab/slapd.conf /etc/ldap/lab/directory.ldif
slapadd -q -f /etc/ldap/lab/slapd.conf -l /etc/ldap/lab/directory.ldif
chown -R openldap:openldap /var/lib/ldap-lab
