# Verifies the server certificate against the CA given on stdin: chain, host name, dates.
# argv: address port server-name min-days-left
set -u
ca=$(mktemp)
trap 'rm -f "$ca"' EXIT
cat > "$ca"
out=$(timeout 15 openssl s_client -connect "$1:$2" -servername "$3" -CAfile "$ca" -verify_hostname "$3" -showcerts </dev/null 2>&1)
(( $? == 124 )) && echo "no TLS answer within 15 s"
printf '%s\n' "$out" | grep -E '^(Verify return code|verify error)|connect:errno|Connection refused|timed out' | head -5
printf '%s\n' "$out" | openssl x509 -noout -subject -issuer -startdate -enddate -ext subjectAltName 2>&1 | sed 's/^/cert /'
if printf '%s\n' "$out" | openssl x509 -noout -checkend $((86400 * $4)) >/dev/null 2>&1; then echo "checkend ok"; else echo "checkend expiring"; fi
