# Shared by the probes that must tell "the network blocked it" from "the vantage itself stopped it" (prepended to a script
# that declares "# requires: wirelib.py"). A packet the vantage's own packet filter drops or rejects, or that a local
# unreachable / prohibit / blackhole route stops, never leaves its interfaces; an ICMP error or reset that the vantage's own
# filter makes up arrives over loopback. So the probes watch their own packets leave: a packet socket (filtered in the
# kernel to outgoing packets of one protocol to the target) records the destination port of every packet seen on a
# non-loopback interface. Needs CAP_NET_RAW; without it the probe says so ("wire unavailable") and checks cannot tell.
# requires: portlib.py
import ctypes, os, select, socket, struct

ETH_P_ALL, ETH_P_IP, ETH_P_IPV6, SO_ATTACH_FILTER, SO_RCVBUFFORCE = 0x0003, 0x0800, 0x86DD, 26, 33
PACKET_STATISTICS, SOL_PACKET = 6, 263

def _bpf(family, proto, target, syn_only):
    # target None: every destination (a probe of several targets matches them itself).
    # Classic BPF over the network header (SOCK_DGRAM packet socket): outgoing, IP version, protocol, destination (, SYN
    # without ACK). Only an ETH_P_ALL socket sees outgoing packets, so the IP version is the filter's to check.
    ins = [(0x20, 0, 0, 0xfffff004), (0x15, 0, 0, 4),  # ld pkttype; jeq PACKET_OUTGOING
           (0x28, 0, 0, 0xfffff000), (0x15, 0, 0, ETH_P_IPV6 if family == socket.AF_INET6 else ETH_P_IP)]  # ldh protocol
    if family == socket.AF_INET:
        ins += [(0x30, 0, 0, 9), (0x15, 0, 0, proto)]
        if target is not None:
            ins += [(0x20, 0, 0, 16), (0x15, 0, 0, struct.unpack('>I', socket.inet_aton(target))[0])]
        if syn_only:
            ins += [(0xb1, 0, 0, 0), (0x50, 0, 0, 13), (0x54, 0, 0, 0x12), (0x15, 0, 0, 0x02)]
    else:
        ins += [(0x30, 0, 0, 6), (0x15, 0, 0, proto)]
        if target is not None:
            raw = socket.inet_pton(socket.AF_INET6, target)
            for i in range(4):
                ins += [(0x20, 0, 0, 24 + 4 * i), (0x15, 0, 0, struct.unpack('>I', raw[4 * i:4 * i + 4])[0])]
        if syn_only:
            ins += [(0x30, 0, 0, 53), (0x54, 0, 0, 0x12), (0x15, 0, 0, 0x02)]
    drop = len(ins) + 1
    prog = []
    for i, (code, jt, jf, k) in enumerate(ins):
        prog.append((code, jt, drop - i - 1 if code == 0x15 else jf, k))
    prog += [(0x06, 0, 0, 96), (0x06, 0, 0, 0)]
    return prog

class Wire:
    """Destination ports of the probe's packets that left the vantage on a real interface, per target, read by a child process."""

    def __init__(self, targets, proto, syn_only=False):
        targets = [targets] if isinstance(targets, str) else list(targets)
        self.available, self.reason, self.ports, self.drops = False, '', {}, 0
        family = socket.AF_INET6 if ':' in targets[0] else socket.AF_INET
        self._family = family
        try:
            s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(ETH_P_ALL))
        except OSError as e:
            self.reason = errno_name(e)
            return
        prog = _bpf(family, proto, targets[0] if len(targets) == 1 else None, syn_only)
        self._buf = ctypes.create_string_buffer(b''.join(struct.pack('HBBI', *p) for p in prog))
        s.setsockopt(socket.SOL_SOCKET, SO_ATTACH_FILTER, struct.pack('HL', len(prog), ctypes.addressof(self._buf)))
        try:
            s.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, 64 << 20)
        except OSError:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 << 20)
        s.getsockopt(SOL_PACKET, PACKET_STATISTICS, 8)  # reset the counters: what the filter let through from now on
        self._transport = 40 if family == socket.AF_INET6 else None
        wanted = {socket.inet_pton(family, t) for t in targets}
        stop_r, self._stop = os.pipe()
        self._result, result_w = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:
            os.close(self._stop)
            os.close(self._result)
            self._watch(s, stop_r, result_w, wanted)
            os._exit(0)
        os.close(stop_r)
        os.close(result_w)
        s.close()
        self.available = True

    def _watch(self, s, stop_r, result_w, wanted):
        # Wakes five times a second and drains what queued meanwhile (the socket's buffer holds a full sweep's SYNs):
        # a wake-up per packet would take the CPU the probe itself needs.
        seen, buf = {}, bytearray(96)
        view = memoryview(buf)
        dst = slice(24, 40) if self._family == socket.AF_INET6 else slice(16, 20)
        s.setblocking(False)
        while True:
            stopping = bool(select.select([stop_r], [], [], 0.2)[0])
            while True:
                try:
                    n, addr = s.recvfrom_into(buf)
                except BlockingIOError:
                    break
                if addr[0] != 'lo' and n >= 4:
                    off = self._transport or (buf[0] & 0xF) * 4
                    to = bytes(view[dst])
                    if n >= off + 4 and to in wanted:
                        seen.setdefault(to, set()).add(int.from_bytes(view[off + 2:off + 4], 'big'))
            if stopping:
                break
        _, drops = struct.unpack('II', s.getsockopt(SOL_PACKET, PACKET_STATISTICS, 8))
        lines = ['%d' % drops] + ['%s %s' % (socket.inet_ntop(self._family, t), ranges(p)) for t, p in seen.items()]
        data = ('\n'.join(lines) + '\n').encode()
        while data:
            data = data[os.write(result_w, data):]
        os.close(result_w)

    def stop(self):
        """Waits for the watcher's lists; True when they are complete (the packet socket lost nothing)."""
        if not self.available:
            return False
        os.close(self._stop)
        out = b''
        while True:
            chunk = os.read(self._result, 1 << 20)
            if not chunk:
                break
            out += chunk
        os.close(self._result)
        os.waitpid(self._pid, 0)
        lines = out.decode().strip().split('\n')
        self.drops = int(lines[0] or -1) if lines else -1
        for line in lines[1:]:
            target, _, spec = line.partition(' ')
            self.ports[target] = set(parse(spec))
        if self.drops != 0:
            self.reason = 'capture-dropped-%d' % self.drops
        return self.drops == 0

    def left(self, port, target=None):
        """True when a packet to PORT (of TARGET, or of the only target) was seen leaving."""
        if target is None:
            return any(port in p for p in self.ports.values())
        return port in self.ports.get(target, ())

    def line(self):
        return 'wire seen %d' % sum(len(p) for p in self.ports.values()) if self.available and self.drops == 0 else 'wire unavailable %s' % (self.reason or 'unknown')

def errno_name(e):
    import errno as _errno
    return _errno.errorcode.get(e.errno, str(e.errno)) if getattr(e, 'errno', None) else e.__class__.__name__
