# One NTP (client mode) query; prints "answer stratum=N offset=S" or "timeout"/"error".
# argv: server timeout
import socket, struct, sys, time

s = socket.socket(socket.AF_INET6 if ':' in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(float(sys.argv[2]))
try:
    s.sendto(b'\x23' + 47 * b'\0', (sys.argv[1], 123))
    data, _ = s.recvfrom(512)
except socket.timeout:
    print('timeout')
    sys.exit(0)
except OSError as e:
    print('error ' + e.__class__.__name__)
    sys.exit(0)
if len(data) < 48:
    print('error short')
    sys.exit(0)
stratum = data[1]
secs, frac = struct.unpack('>II', data[40:48])
offset = secs - 2208988800 + frac / 2 ** 32 - time.time()
print('answer stratum=%d offset=%.3f leap=%d' % (stratum, offset, data[0] >> 6))
