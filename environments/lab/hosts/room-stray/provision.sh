# a host in the security room with a static address no terminal is registered for (no DHCP lease)
