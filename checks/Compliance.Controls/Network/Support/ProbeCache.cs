using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Compliance.Controls.Framework;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// Probe results shared by the checks of one run (one <see cref="CheckContext"/>): the same listening-socket table or
/// scan is taken once even when several checks need it, and concurrent requests wait for the same probe.
/// </summary>
internal sealed class ProbeCache
{
    private static readonly ConditionalWeakTable<CheckContext, ProbeCache> Table = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> entries = new(StringComparer.Ordinal);

    public static ProbeCache For(CheckContext context) => Table.GetValue(context, static _ => new ProbeCache());

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> probe) where T : class
    {
        var lazy = entries.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await probe().ConfigureAwait(false)));
        try
        {
            return (T)await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            entries.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, lazy));
            throw;
        }
    }
}
