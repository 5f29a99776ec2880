# One DNS query over UDP or TCP; prints the class (answer, nxdomain, refused, servfail, noanswer, refused-port, timeout,
# unreachable, error) and addresses. A query stopped on the vantage itself (a permission error from its packet filter or
# a prohibit route, or a time-out / reset / ICMP error for a query that never left its interfaces) is "local-*"; without a
# view of the wire a blocked query is "unwatched-*".
# argv: server name proto(udp|tcp) timeout
# requires: wirelib.py
import errno, random, socket, struct, sys

def finish(word):
    watched = wire.stop()
    if word in ('timeout', 'refused-port', 'unreachable'):
        word = ('local-' if watched else 'unwatched-') + word if not (watched and wire.left(53)) else word
    print(word)
    sys.exit(0)

server, name, proto, timeout = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
wire = Wire(server, socket.IPPROTO_TCP if proto == 'tcp' else socket.IPPROTO_UDP, syn_only=proto == 'tcp')
qid = random.randrange(65536)
q = struct.pack('>HHHHHH', qid, 0x0100, 1, 0, 0, 0)
q += b''.join(bytes([len(l)]) + l.encode() for l in name.rstrip('.').split('.')) + b'\0' + struct.pack('>HH', 1, 1)
try:
    if proto == 'tcp':
        s = socket.create_connection((server, 53), timeout=timeout)
        s.sendall(struct.pack('>H', len(q)) + q)
        data = b''
        while len(data) < 2 or len(data) < 2 + struct.unpack('>H', data[:2])[0]:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        data = data[2:]
    else:
        s = socket.socket(socket.AF_INET6 if ':' in server else socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(timeout)
        s.connect((server, 53))
        s.send(q)
        data = s.recv(4096)
except socket.timeout:
    finish('timeout')
except ConnectionRefusedError:
    finish('refused-port')
except PermissionError as e:
    finish('local-' + errno_name(e))
except OSError as e:
    finish('unreachable' if e.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH) else 'local-EINVAL' if e.errno == errno.EINVAL else 'error ' + errno_name(e))
wire.stop()
if len(data) < 12 or struct.unpack('>H', data[:2])[0] != qid:
    print('error malformed')
    sys.exit(0)
flags, qd, an = struct.unpack('>HHH', data[2:8])
rcode = flags & 0xF
if rcode == 3:
    print('nxdomain')
    sys.exit(0)
if rcode == 5:
    print('refused')
    sys.exit(0)
if rcode != 0:
    print('servfail rcode=%d' % rcode)
    sys.exit(0)
pos = 12
for _ in range(qd):
    while data[pos] != 0:
        pos += data[pos] + 1
    pos += 5
addrs = []
for _ in range(an):
    if data[pos] & 0xC0 == 0xC0:
        pos += 2
    else:
        while data[pos] != 0:
            pos += data[pos] + 1
        pos += 1
    rtype, _, _, rdlen = struct.unpack('>HHIH', data[pos:pos + 10])
    pos += 10
    if rtype == 1 and rdlen == 4:
        addrs.append(socket.inet_ntoa(data[pos:pos + 4]))
    pos += rdlen
print(('answer ' + ' '.join(addrs)) if addrs else 'noanswer')
