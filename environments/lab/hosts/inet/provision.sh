# The simulated internet: web sites with a lab-CA certificate, public DNS, the sink.
install -d -m 0750 /etc/nginx/tls
install -m 0644 "$PKI/sites.crt" /etc/nginx/tls/sites.crt
install -m 0600 "$PKI/sites.key" /etc/nginx/tls/sites.key
rm -f /etc/nginx/sites-enabled/default
install -d -o www-data /var/log/nginx /var/lib/nginx
