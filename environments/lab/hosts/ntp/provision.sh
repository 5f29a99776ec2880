install -d -o _chrony -g _chrony /var/lib/chrony /var/log/chrony
setup_clamd
