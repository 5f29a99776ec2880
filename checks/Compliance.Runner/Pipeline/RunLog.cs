using System.Globalization;
using Compliance.Core.Redaction;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// The run's log file (<c>&lt;reports&gt;/logs/&lt;run-id&gt;.log</c>); every line passes the run's <see cref="Redactor"/>
/// (by form only when none is given). Thread-safe.
/// </summary>
public sealed class RunLog : IDisposable
{
    private readonly StreamWriter writer;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private readonly Redactor redactor;

    /// <summary>Opens a new log file.</summary>
    public RunLog(string path, TimeProvider clock, Redactor? redactor = null)
    {
        this.redactor = redactor ?? new Redactor();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        Path = path;
        this.clock = clock;
        writer = new StreamWriter(path, append: false) { AutoFlush = true };
    }

    /// <summary>The log file.</summary>
    public string Path { get; }

    /// <summary>Writes a timestamped line.</summary>
    public void Write(string line) =>
        WriteRaw($"{clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)} {line}");

    /// <summary>Writes a line as is (subprocess output); null is ignored.</summary>
    public void WriteRaw(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            writer.WriteLine(redactor.Redact(line));
        }
    }

    /// <inheritdoc/>
    public void Dispose() => writer.Dispose();
}
