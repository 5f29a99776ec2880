#!/bin/bash
# pki.sh create|delete|check: the lab CA, server, client and report-signing certificates, CRL, the offline ClamAV signatures and
# the Jupyter tokens, generated once per instance into $STATE_DIR (root only).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
P=$STATE_DIR/pki
check() { [[ -e $P/.complete ]]; }

ca_conf() {
  cat > "$P/ca.cnf" <<CNF
[ca]
default_ca = lab
[lab]
dir = $P
certificate = $P/ca.crt
private_key = $P/ca.key
database = $P/index.txt
new_certs_dir = $P/issued
serial = $P/serial
crlnumber = $P/crlnumber
default_md = sha256
default_days = 3650
default_crl_days = 3650
policy = any
unique_subject = no
copy_extensions = copy
[any]
commonName = supplied
[client]
basicConstraints = CA:false
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
[server]
basicConstraints = CA:false
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
[signing]
basicConstraints = CA:false
keyUsage = critical, digitalSignature, nonRepudiation
CNF
}

issue() { # issue NAME EXT KEYTYPE SAN [startdate enddate]
  local name=$1 ext=$2 keytype=$3 san=$4 start=${5:-} end=${6:-}
  if [[ $keytype == rsa ]]; then openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$P/$name.key"
  else openssl genpkey -quiet -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$P/$name.key"; fi
  local addext=(); [[ -n $san ]] && addext=(-addext "subjectAltName=$san")
  openssl req -new -key "$P/$name.key" -subj "/CN=$name" "${addext[@]}" -out "$P/$name.csr" 2>/dev/null
  local dates=(-days 825); [[ -n $start ]] && dates=(-startdate "$start" -enddate "$end")
  openssl ca -batch -config "$P/ca.cnf" -extensions "$ext" "${dates[@]}" -in "$P/$name.csr" -out "$P/$name.crt" -notext 2>/dev/null
}

create() {
  check && return 0
  rm -rf "$P"; mkdir -p "$P/issued"; chmod 700 "$STATE_DIR" "$P"
  : > "$P/index.txt"; echo 1000 > "$P/serial"; echo 1000 > "$P/crlnumber"
  ca_conf
  openssl genpkey -quiet -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$P/ca.key"
  openssl req -x509 -new -key "$P/ca.key" -subj "/CN=Compliance Lab CA" -days 3650 -out "$P/ca.crt" \
    -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign"
  issue ml01 server ec "DNS:ml01.lab.internal,DNS:ml01,IP:198.18.50.10"
  issue radius server ec "DNS:radius.lab.internal"
  issue sites server ec "DNS:pypi.example,DNS:files.pythonhosted.example,DNS:github.example,DNS:blocked.example,DNS:evil.example,IP:198.19.0.10,IP:198.19.0.20"
  for c in infra01 data01 dev01 guest01 data02; do issue "$c" client ec ""; done
  issue infra02 client ec "" 20240101000000Z 20250101000000Z
  # The certificate that signs each run's manifest (inventory.yaml report_signing); its key readable by root only.
  issue report-signing signing ec ""
  chmod 600 "$P/report-signing.key"
  openssl ca -batch -config "$P/ca.cnf" -revoke "$P/data02.crt" 2>/dev/null
  openssl ca -batch -config "$P/ca.cnf" -gencrl -out "$P/ca.crl" 2>/dev/null
  # Offline ClamAV signatures for the EICAR test file (MD5 hash signature and body signature).
  local eicar='X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
  mkdir -p "$STATE_DIR/clamav"
  printf '%s:%s:Lab.Eicar-Test-File\n' "$(printf '%s' "$eicar" | md5sum | cut -d' ' -f1)" "${#eicar}" > "$STATE_DIR/clamav/lab.hdb"
  printf 'Lab.Eicar-Test-Body:0:*:%s\n' "$(printf '%s' "$eicar" | od -An -tx1 | tr -d ' \n')" > "$STATE_DIR/clamav/lab.ndb"
  mkdir -p "$STATE_DIR/secrets"; chmod 700 "$STATE_DIR/secrets"
  for u in alice bob; do openssl rand -hex 24 > "$STATE_DIR/secrets/jupyter-$u.token"; done
  touch "$P/.complete"
}
case $1 in
  create) create ;;
  delete) rm -rf "$STATE_DIR/pki" "$STATE_DIR/clamav" "$STATE_DIR/secrets" ;;
  check) check ;;
esac
