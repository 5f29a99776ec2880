namespace Compliance.Probes.Audit;

/// <summary>
/// A small typist run with python3 on the client host: it starts the client, waits for a shell prompt, types one
/// line, waits until the line's expected output is shown, types <c>exit</c>, and gives up after a deadline.
/// Typing before the prompt would be lost in the hop's terminal handling, as it would for a person.
/// </summary>
public static class TerminalDriver
{
    /// <summary>The script; arguments: line to type, text whose appearance ends the session, deadline seconds, then the client argv.</summary>
    public const string Script = """
        import os, re, select, subprocess, sys, time
        line, shown, seconds, argv = sys.argv[1].encode(), sys.argv[2].encode(), float(sys.argv[3]), sys.argv[4:]
        p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out, state, deadline = b"", "prompt", time.time() + seconds
        prompt = re.compile(rb"[$#]\s*$")
        while time.time() < deadline:
            ready, _, _ = select.select([p.stdout], [], [], 0.2)
            if ready:
                chunk = os.read(p.stdout.fileno(), 65536)
                if not chunk:
                    break
                out += chunk
            if state == "prompt" and prompt.search(re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07", b"", out[-200:])):
                p.stdin.write(line + b"\n"); p.stdin.flush(); state = "typed"
            elif state == "typed" and shown in out:
                p.stdin.write(b"exit\n"); p.stdin.flush(); p.stdin.close(); state = "exit"
        try:
            code = p.wait(timeout=max(1.0, deadline - time.time()))
        except subprocess.TimeoutExpired:
            p.kill(); code = 124
        sys.stdout.buffer.write(out); sys.stdout.flush()
        sys.stderr.write("driver: " + state + "\n")
        sys.exit(code)
        """;
}
