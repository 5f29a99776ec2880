# FreeRADIUS: only our site, our EAP module, the lab CA's certificates and CRL.
C=/etc/freeradius/3.0
for f in $C/sites-enabled/*; do case ${f##*/} in default|check-eap-tls) ;; *) rm -f "$f" ;; esac; done
install -d -o freerad -g freerad -m 0750 $C/certs/lab $C/certs/lab/capath
install -m 0640 -o freerad -g freerad "$PKI/radius.key" $C/certs/lab/radius.key
install -m 0644 "$PKI/radius.crt" "$PKI/ca.crt" $C/certs/lab/
install -m 0644 "$PKI/ca.crt" "$PKI/ca.crl" $C/certs/lab/capath/
openssl rehash $C/certs/lab/capath 2>/dev/null
chown -R freerad:freerad $C/certs/lab
chgrp freerad $C/clients.conf $C/mods-enabled/eap $C/sites-enabled/*; chmod 0640 $C/clients.conf $C/mods-enabled/eap $C/sites-enabled/*
install -d -o freerad -g freerad /var/log/freeradius
setup_clamd
