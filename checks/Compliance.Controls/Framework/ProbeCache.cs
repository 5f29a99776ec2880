using System.Collections.Concurrent;

namespace Compliance.Controls.Framework;

/// <summary>
/// Probe results shared by the checks of one run: the same listening-socket table or scan is taken once even when
/// several checks need it, and concurrent requests wait for the same probe. A cached probe runs under the run's
/// cancellation, never under the token of the check that happened to start it, so one check's deadline cannot fail
/// another check's probe; each caller stops waiting when its own token is cancelled. A caller that joins a probe
/// another check started does not spend its own deadline while it waits.
/// </summary>
public sealed class ProbeCache(CancellationToken runCancellation)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> entries = new(StringComparer.Ordinal);

    /// <summary>The result of the probe named <paramref name="key"/>, started once per run.</summary>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> probe, CancellationToken cancellationToken) where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var mine = new Lazy<Task<object>>(async () => await probe(runCancellation).ConfigureAwait(false));
        var lazy = entries.GetOrAdd(key, mine);
        try
        {
            if (ReferenceEquals(lazy, mine))
            {
                return (T)await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            using (CheckDeadline.Pause())
            {
                return (T)await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompleted && !lazy.Value.IsCompletedSuccessfully)
            {
                entries.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, lazy));
            }

            throw;
        }
    }
}
