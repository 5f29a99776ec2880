# Shared by the port scanners (prepended to a script that declares "# requires: portlib.py"):
# port lists in and out, and the packets this network namespace's interfaces dropped.

def parse(spec):
    out = []
    for part in spec.split(','):
        lo, _, hi = part.partition('-')
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out

def ranges(ports):
    ports, out, i = sorted(ports), [], 0
    while i < len(ports):
        j = i
        while j + 1 < len(ports) and ports[j + 1] == ports[j] + 1:
            j += 1
        out.append(str(ports[i]) if i == j else '%d-%d' % (ports[i], ports[j]))
        i = j + 1
    return ','.join(out)

def interface_drops():
    # Packets dropped by this network namespace's interfaces (receive and transmit), from /proc/net/dev; -1 if unreadable.
    try:
        total = 0
        with open('/proc/net/dev') as f:
            for line in f.readlines()[2:]:
                name, _, data = line.partition(':')
                if name.strip() != 'lo':
                    fields = data.split()
                    total += int(fields[3]) + int(fields[11])
        return total
    except (OSError, ValueError, IndexError):
        return -1

def drops_since(before):
    after = interface_drops()
    return after - before if before >= 0 and after >= 0 else -1
