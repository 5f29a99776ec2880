# A security-room terminal: 802.1X supplicant material for eapol_test under /etc/eapol.
install -d -m 0755 /etc/eapol
install -m 0644 "$PKI/ca.crt" /etc/eapol/ca.crt
for c in infra01 data01 dev01 guest01 infra02 data02; do
  install -m 0644 "$PKI/$c.crt" "/etc/eapol/$c.crt"
  install -m 0600 "$PKI/$c.key" "/etc/eapol/$c.key"
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
printf '%s\n' 'server=198.18.30.14' 'port=1812' 'secret=lab-radius-secret' > /etc/eapol/radius.env
