# The proxy resolves the internet sites' names from its hosts file.
printf '%s\n' '198.19.0.10	pypi.example files.pythonhosted.example github.example' '198.19.0.20	blocked.example evil.example' >> /etc/hosts
install -d -o proxy -g adm -m 0750 /var/log/squid
install -o proxy -g adm -m 0640 /dev/null /var/log/squid/access.log
install -d -o proxy -g proxy /var/spool/squid
chmod 0644 /etc/logrotate.d/squid
setup_clamd
