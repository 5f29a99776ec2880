# UDP probe: one datagram to every port, then classify each port as answered, ICMP-unreachable or silent.
# argv: targets port-spec wait-seconds [datagrams-per-second]; targets: one address or several, comma-separated, of one
# family (each gets every port; the datagrams are interleaved across the targets).
# Prints, per target after a "target ADDRESS" line, the ports that answered or drew an ICMP error (as ranges) and the
# count of every class.
# A port stopped on the vantage itself is "sendfail-ERRNO" (the kernel refused the datagram: the vantage's packet filter, or
# an unreachable / prohibit / blackhole route) or "local-*" (silence or an ICMP error for a datagram that never left the
# vantage's interfaces); without a view of the wire those ports are "unwatched-*".
# requires: portlib.py
# requires: wirelib.py
import errno, select, socket, struct, sys, time

IP_RECVERR, IPV6_RECVERR = 11, 25

targets, ports, wait = sys.argv[1].split(','), parse(sys.argv[2]), float(sys.argv[3])
dropped_before = interface_drops()
# Paced sending: a burst of 65,535 datagrams overflows the receive backlog of the links on its way.
rate = float(sys.argv[4]) if len(sys.argv) > 4 else 20000.0
family = socket.AF_INET6 if ':' in targets[0] else socket.AF_INET
targets = [socket.inet_ntop(family, socket.inet_pton(family, t)) for t in targets]  # canonical, as answers name them
wire = Wire(targets, socket.IPPROTO_UDP)
# ICMP errors come back on the error queue: IP_RECVERR for IPv4, IPV6_RECVERR for IPv6.
ERR_LEVEL, ERR_KIND = (socket.IPPROTO_IPV6, IPV6_RECVERR) if family == socket.AF_INET6 else (socket.SOL_IP, IP_RECVERR)
s = socket.socket(family, socket.SOCK_DGRAM)
s.setsockopt(ERR_LEVEL, ERR_KIND, 1)
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
s.setblocking(False)
answered, icmp, sendfail = {t: set() for t in targets}, {t: {} for t in targets}, {t: {} for t in targets}
started = time.monotonic()

def drain():
    while True:
        try:
            _, addr = s.recvfrom(2048)
            if addr[0] in answered:
                answered[addr[0]].add(addr[1])
        except BlockingIOError:
            break
        except OSError:
            pass
    while True:
        try:
            _, anc, _, addr = s.recvmsg(512, 512, socket.MSG_ERRQUEUE)
        except (BlockingIOError, InterruptedError):
            break
        for level, kind, data in anc:
            if level == ERR_LEVEL and kind == ERR_KIND and len(data) >= 16:
                ee_errno, origin, icmp_type, icmp_code = struct.unpack('IBBB', data[:7])
                name = 'refused' if ee_errno == errno.ECONNREFUSED else 'unreachable'
                if addr and addr[0] in icmp:
                    icmp[addr[0]].setdefault(name, set()).add(addr[1])

for index, (target, port) in enumerate((t, p) for p in ports for t in targets):
    if index % 256 == 0:
        ahead = started + index / rate - time.monotonic()
        if ahead > 0:
            time.sleep(ahead)
    payload = b'compliance-udp-probe %d\n' % port
    refusals = 0
    while True:
        try:
            s.sendto(payload, (target, port))
            break
        except (BlockingIOError, OSError) as e:
            if isinstance(e, BlockingIOError) or e.errno in (errno.ENOBUFS, errno.EAGAIN):
                select.select([], [s], [], 0.01)
                drain()
                continue
            if e.errno in (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH) and refusals < 3:
                refusals += 1
                drain()  # a pending ICMP error of an earlier datagram; its port is in the error queue
                continue
            if e.errno in (errno.EACCES, errno.EPERM, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EINVAL):
                # refused again and again, or at once: the vantage's own route or filter
                sendfail[target].setdefault(errno.errorcode[e.errno], set()).add(port)
                break
            raise
    if index % 512 == 0:
        drain()

deadline = time.monotonic() + wait
while time.monotonic() < deadline:
    select.select([s], [], [s], max(0.0, min(0.05, deadline - time.monotonic())))
    drain()

dropped = drops_since(dropped_before)
watched = wire.stop()
for target in targets:
    refused_to_send = set().union(*sendfail[target].values())
    classes = {'answered': answered[target]}
    for k, v in icmp[target].items():
        classes['icmp-' + k] = v - answered[target] - refused_to_send  # a local reject both refuses the send and queues its own ICMP
    for k, v in sendfail[target].items():
        classes['sendfail-' + k] = v - answered[target]
    classes['silent'] = set(ports) - set().union(*classes.values())
    for cls in [c for c in classes if c == 'silent' or c.startswith('icmp-')]:
        stopped = {p for p in classes[cls] if not (watched and wire.left(p, target))}
        classes[cls] -= stopped
        classes[('local-' if watched else 'unwatched-') + cls] = stopped
    silent = classes.pop('silent')
    print('target %s' % target)
    for cls in sorted(classes):
        if classes[cls]:
            print('%s %s' % (cls, ranges(classes[cls])))
    counts = {c: len(v) for c, v in classes.items() if v}
    counts['silent'] = len(silent)
    print('counts ' + ' '.join('%s=%d' % (c, counts[c]) for c in sorted(counts)))
    print('total %d' % len(ports))
print('elapsed %.3f targets %d wait %.2f' % (time.monotonic() - started, len(targets), wait))
print('interface_drops %d' % dropped)
print(wire.line())
