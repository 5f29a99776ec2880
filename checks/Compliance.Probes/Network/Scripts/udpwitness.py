# udpwitness.py TAG SECONDS SOURCE...: runs on a probe's target and records which UDP datagrams from the given source
# addresses reached this host's UDP layer (after its own packet filter: raw sockets get their copy on local delivery,
# past the input hook), whatever the listening daemon then does with them. Prints "ready" to /tmp/udpwitness-TAG.ready
# once watching, stops when /tmp/udpwitness-TAG.stop appears (or after SECONDS), then prints "arrived ADDRESS PORT"
# lines, one per distinct destination address and port. It never sends anything.
import ipaddress
import os
import select
import socket
import struct
import sys
import time

tag, seconds, sources = sys.argv[1], float(sys.argv[2]), {ipaddress.ip_address(a) for a in sys.argv[3:]}
ready, stop = f"/tmp/udpwitness-{tag}.ready", f"/tmp/udpwitness-{tag}.stop"
v4 = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_UDP)
v6 = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_UDP)
v6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVPKTINFO, 1)
for s in (v4, v6):
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 22)
with open(ready, "w") as f:
    f.write("ready\n")
seen = set()
end = time.monotonic() + seconds
try:
    while time.monotonic() < end and not os.path.exists(stop):
        for s in select.select([v4, v6], [], [], 0.1)[0]:
            if s is v4:
                data, peer = s.recvfrom(65535)
                ihl = (data[0] & 0x0F) * 4
                if ipaddress.ip_address(peer[0]) in sources and len(data) >= ihl + 4:
                    seen.add((socket.inet_ntop(socket.AF_INET, data[16:20]), struct.unpack("!H", data[ihl + 2:ihl + 4])[0]))
            else:
                data, ancillary, _, peer = s.recvmsg(65535, socket.CMSG_SPACE(20))
                destination = next((socket.inet_ntop(socket.AF_INET6, c[2][:16]) for c in ancillary
                                    if c[0] == socket.IPPROTO_IPV6 and c[1] == socket.IPV6_PKTINFO), None)
                if ipaddress.ip_address(peer[0].split("%")[0]) in sources and destination and len(data) >= 4:
                    seen.add((destination, struct.unpack("!H", data[2:4])[0]))
finally:
    for path in (ready, stop):
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
for address, port in sorted(seen):
    print("arrived", address, port)
