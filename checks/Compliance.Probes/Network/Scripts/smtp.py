# SMTP relay probe: EHLO, MAIL FROM, RCPT TO, RSET, QUIT; prints each reply code, "timeout" or "error".
# argv: server port mail-from rcpt-to
import socket, sys

server, port, sender, rcpt = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
try:
    s = socket.create_connection((server, port), timeout=5)
    f = s.makefile('rb')
    def reply():
        line = f.readline()
        while line[3:4] == b'-':
            line = f.readline()
        return line.decode('ascii', 'replace').strip()
    out = ['greeting ' + reply()]
    for step, cmd in (('ehlo', 'EHLO compliance.probe'), ('mail', 'MAIL FROM:<%s>' % sender), ('rcpt', 'RCPT TO:<%s>' % rcpt), ('rset', 'RSET'), ('quit', 'QUIT')):
        s.sendall(cmd.encode() + b'\r\n')
        out.append(step + ' ' + reply())
    print('\n'.join(out))
except socket.timeout:
    print('timeout')
except OSError as e:
    print('error ' + e.__class__.__name__)
