using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Compliance.Runner.Output;

/// <summary>
/// What a run has done so far: checks finished of the total, which are running, elapsed time, failures. On an
/// interactive terminal it is a live display redrawn while the checks run; without one (cron, CI, a pipe) each finished
/// check prints one plain line, so a nightly log shows progress too.
/// </summary>
public sealed class RunProgress(IAnsiConsole console, int total, TimeProvider clock)
{
    private const int RunningShown = 6;
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> running = new(StringComparer.Ordinal);
    private readonly DateTimeOffset started = clock.GetUtcNow();
    private bool live;
    private int done;
    private int failed;
    private int notVerified;

    /// <summary>True when the console is a terminal a live display can redraw.</summary>
    public static bool CanRedraw(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi && !Console.IsOutputRedirected;
    }

    /// <summary>A check started probing.</summary>
    public void Started(Check check)
    {
        ArgumentNullException.ThrowIfNull(check);
        lock (gate)
        {
            running[check.CheckId] = clock.GetUtcNow();
        }
    }

    /// <summary>A check finished: counted, and without a live display, one line.</summary>
    public void Finished(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string line;
        lock (gate)
        {
            running.Remove(result.CheckId);
            done++;
            failed += result.Outcome == Outcome.Failed ? 1 : 0;
            notVerified += result.Outcome == Outcome.NotVerified ? 1 : 0;
            if (live)
            {
                return;
            }

            line = string.Create(CultureInfo.InvariantCulture,
                $"[{done}/{total}] {result.ControlId} {result.CheckId}: {result.Outcome.Label} ({(result.EndedUtc - result.StartedUtc).TotalSeconds:0.0} s)");
        }

        console.Profile.Out.Writer.WriteLine(line);
    }

    /// <summary>Runs <paramref name="work"/>, redrawing the live display four times a second until it ends.</summary>
    public async Task<T> ShowWhileAsync<T>(Task<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (gate)
        {
            live = true;
        }

        try
        {
            await console.Live(Render()).AutoClear(true).StartAsync(async ctx =>
            {
                while (!work.IsCompleted)
                {
                    ctx.UpdateTarget(Render());
                    await Task.WhenAny(work, Task.Delay(250)).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            lock (gate)
            {
                live = false;
            }
        }

        return await work.ConfigureAwait(false);
    }

    /// <summary>The display: counts and elapsed time, then the checks running longest.</summary>
    public IRenderable Render()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var elapsed = now - started;
            var head = string.Create(CultureInfo.InvariantCulture,
                $"[bold]{done}/{total}[/] checks done · [red]{failed} failed[/] · [yellow]{notVerified} not verified[/] · {(int)elapsed.TotalMinutes}:{elapsed.Seconds:00} elapsed");
            var rows = new List<IRenderable> { new Markup(head) };
            foreach (var (id, since) in running.OrderBy(r => r.Value).Take(RunningShown))
            {
                rows.Add(new Markup(string.Create(CultureInfo.InvariantCulture, $"  running {Markup.Escape(id)} ({(now - since).TotalSeconds:0} s)")));
            }

            if (running.Count > RunningShown)
            {
                rows.Add(new Markup(string.Create(CultureInfo.InvariantCulture, $"  and {running.Count - RunningShown} more")));
            }

            return new Rows(rows);
        }
    }
}
