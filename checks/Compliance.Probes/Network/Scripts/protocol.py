# Protocol detection on one TCP port: ssh (banner), tls (handshake), http (plaintext answer), plaintext, silent, closed.
# argv: address port server-name
import socket, ssl, sys

addr, port, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def connect():
    return socket.create_connection((addr, port), timeout=3)

try:
    s = connect()
except OSError as e:
    print('closed %s' % e.__class__.__name__)
    sys.exit(0)
s.settimeout(1.5)
try:
    banner = s.recv(256)
except OSError:
    banner = b''
s.close()
if banner.startswith(b'SSH-'):
    print('ssh ' + banner.split(b'\r')[0].split(b'\n')[0].decode('ascii', 'replace'))
    sys.exit(0)
if banner:
    print('plaintext banner ' + repr(banner[:60]))
    sys.exit(0)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
try:
    with ctx.wrap_socket(connect(), server_hostname=name) as t:
        print('tls %s %s' % (t.version(), t.cipher()[0]))
        sys.exit(0)
except (ssl.SSLError, OSError) as e:
    tls_error = e.__class__.__name__
try:
    s = connect()
    s.settimeout(2)
    s.sendall(b'GET / HTTP/1.0\r\nHost: ' + name.encode() + b'\r\n\r\n')
    answer = s.recv(256)
    s.close()
except OSError:
    answer = b''
if answer.startswith(b'HTTP/'):
    print('http ' + answer.split(b'\r')[0].decode('ascii', 'replace'))
elif answer:
    print('plaintext answer ' + repr(answer[:60]))
else:
    print('silent no banner, no TLS (%s), no HTTP answer' % tls_error)
