# Reads an SSH server's key-exchange offer (KEXINIT) without authenticating.
# argv: address port
import socket, struct, sys

s = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=5)
f = s.makefile('rb')
banner = b''
while not banner.startswith(b'SSH-'):
    banner = f.readline(512)
    if not banner:
        sys.exit('no ssh banner')
s.sendall(b'SSH-2.0-ComplianceProbe_1.0\r\n')
length, padding = struct.unpack('>IB', f.read(5))
payload = f.read(length - 1)[:length - 1 - padding]
if payload[0] != 20:
    sys.exit('first packet is not KEXINIT (%d)' % payload[0])
pos = 17
names = ['kex', 'hostkey', 'cipher_c2s', 'cipher_s2c', 'mac_c2s', 'mac_s2c', 'compression_c2s', 'compression_s2c']
print('banner ' + banner.strip().decode('ascii', 'replace'))
for key in names:
    (n,) = struct.unpack('>I', payload[pos:pos + 4])
    print('%s %s' % (key, payload[pos + 4:pos + 4 + n].decode('ascii', 'replace')))
    pos += 4 + n
s.close()
