# TCP connect scan: many parallel non-blocking connects, each given one drop timeout, started at a steady rate
# (bursts would overflow the kernel's per-CPU receive backlog and lose SYNs before any firewall sees them).
# argv: targets port-spec timeout-seconds window [rate-per-second]; targets: one address or several, comma-separated, of
# one family (each gets every port; the connects are interleaved across the targets).
# Prints, per target after a "target ADDRESS" line, only ports that did not time out (as ranges) and the count of every
# class; then the packets the vantage's interfaces dropped during the scan: a non-zero figure means a probe or its
# answer may have been lost before any firewall saw it.
# A port stopped on the vantage itself is "local-*": a connect the kernel refused at once (EPERM / EACCES: the vantage's
# packet filter or a prohibit route; EHOSTUNREACH / ENETUNREACH / EINVAL: an unreachable, missing or blackhole route), or a
# time-out, reset or ICMP error for a SYN that never left the vantage's interfaces (its own filter dropped or rejected it).
# Without a view of the wire such ports are "unwatched-*": blocked, but by whom cannot be told.
# requires: portlib.py
# requires: wirelib.py
import errno, resource, select, socket, struct, sys, time
from collections import deque

CLASS = {0: 'connected', errno.ECONNREFUSED: 'refused', errno.EHOSTUNREACH: 'unreachable',
         errno.ENETUNREACH: 'unreachable', errno.EACCES: 'local-EACCES', errno.EPERM: 'local-EPERM',
         errno.ETIMEDOUT: 'timedout'}
# Errors connect() returns before any packet is sent: the vantage's own routing or filter decided.
LOCAL_AT_ONCE = (errno.EPERM, errno.EACCES, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EINVAL)
# Classes that read as "blocked" only if the SYN really left the vantage.
NEEDS_WIRE = ('timedout', 'refused', 'unreachable')

targets, ports, timeout, window = sys.argv[1].split(','), parse(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
rate = float(sys.argv[5]) if len(sys.argv) > 5 else 20000.0

family = socket.AF_INET6 if ':' in targets[0] else socket.AF_INET
targets = [socket.inet_ntop(family, socket.inet_pton(family, t)) for t in targets]  # canonical, as answers name them
pairs = [(t, p) for p in ports for t in targets]
wire = Wire(targets, socket.IPPROTO_TCP, syn_only=True)
dropped_before = interface_drops()
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    soft = hard
except (ValueError, OSError):
    pass
window = max(1, min(window, soft - 32))
linger = struct.pack('ii', 1, 0)
found = {t: {} for t in targets}
ep = select.epoll()
pending, order = {}, deque()
started = time.monotonic()

def done(target, port, cls):
    found[target].setdefault(cls, []).append(port)

i = 0
while i < len(pairs) or pending:
    allowed = int((time.monotonic() - started) * rate) + 64
    while i < len(pairs) and len(pending) < window and i < allowed:
        target, port = pairs[i]
        i += 1
        s = socket.socket(family, socket.SOCK_STREAM)
        s.setblocking(False)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        err = s.connect_ex((target, port))
        if err == errno.EINPROGRESS:
            fd = s.fileno()
            pending[fd] = (s, target, port)
            order.append((time.monotonic() + timeout, fd, s))
            ep.register(fd, select.EPOLLOUT | select.EPOLLERR)
        elif err in LOCAL_AT_ONCE:
            done(target, port, 'local-' + errno.errorcode[err])
            s.close()
        else:
            done(target, port, CLASS.get(err, 'error:' + errno.errorcode.get(err, str(err))))
            s.close()
    if not pending and i < len(pairs):
        time.sleep(0.001)
    if pending:
        # Collect completions first, so that a late wake-up never turns an answered connect into a time-out.
        wait = max(0.0, order[0][0] - time.monotonic()) if order else 0.05
        for fd, _ in ep.poll(min(wait, 0.002) if i < len(pairs) else wait):
            s, target, port = pending.pop(fd)
            ep.unregister(fd)
            err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            done(target, port, CLASS.get(err, 'error:' + errno.errorcode.get(err, str(err))))
            s.close()
    now = time.monotonic()
    while order and order[0][0] <= now:
        _, fd, s = order.popleft()
        if pending.get(fd, (None,))[0] is s:
            _, target, port = pending.pop(fd)
            ep.unregister(fd)
            err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            try:
                s.getpeername()
                done(target, port, 'connected')
            except OSError:
                done(target, port, CLASS.get(err, 'error:' + errno.errorcode.get(err, str(err))) if err else 'timedout')
            s.close()

dropped = drops_since(dropped_before)
watched = wire.stop()
for target in targets:
    for cls in NEEDS_WIRE:
        for port in found[target].pop(cls, []):
            done(target, port, cls if watched and wire.left(port, target) else ('local-' if watched else 'unwatched-') + cls)

for target in targets:
    classes = found[target]
    print('target %s' % target)
    for cls in sorted(classes):
        if cls != 'timedout':
            print('%s %s' % (cls, ranges(classes[cls])))
    print('counts ' + ' '.join('%s=%d' % (c, len(classes[c])) for c in sorted(classes)))
    print('total %d' % len(ports))
print('elapsed %.3f targets %d window %d timeout %.2f rate %d' % (time.monotonic() - started, len(targets), window, timeout, rate))
print('interface_drops %d' % dropped)
print(wire.line())
