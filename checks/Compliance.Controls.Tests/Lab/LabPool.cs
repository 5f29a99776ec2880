using Compliance.Controls.Framework;
using Compliance.Core.Inventory;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// The lab instances the lab tests share: <c>LAB_POOL</c> of them (default 2), named after <c>LAB_INSTANCE</c> (default
/// <c>labc</c>, then <c>labc2</c>, ...), each brought up the first time a test needs it. A test holds one instance
/// alone from its first <see cref="LeaseAsync"/> until it ends (<see cref="ReleasesLabLeasesAttribute"/>), so scenarios
/// run side by side on separate instances and never see each other's breakage. Every run shares one sweep gate: the
/// instances share this machine's CPUs and receive backlog.
/// </summary>
internal static class LabPool
{
    private static readonly Lock Gate = new();
    private static readonly List<Slot> Slots = [.. Names().Select(n => new Slot(n))];
    private static readonly SemaphoreSlim Free = new(Slots.Count, Slots.Count);
    private static readonly Dictionary<string, Slot> Held = new(StringComparer.Ordinal);

    /// <summary>The sweep gate of every lab run of the test process.</summary>
    public static ScanGate Sweeps { get; } = new();

    /// <summary>The instance the current test holds, leased (and brought up) on its first call.</summary>
    public static async Task<(LabInstance Lab, EnvironmentInventory Inventory)> LeaseAsync()
    {
        if (!Environment.IsPrivilegedProcess || !File.Exists("/usr/sbin/nft"))
        {
            Assert.Ignore("the lab needs root and nftables");
        }

        var test = TestContext.CurrentContext.Test.ID;
        lock (Gate)
        {
            if (Held.TryGetValue(test, out var mine))
            {
                return mine.Up!.Value;
            }
        }

        await Free.WaitAsync();
        Slot slot;
        lock (Gate)
        {
            // An instance that is already up before one that still has to be built.
            slot = Slots.Where(s => !s.Busy).OrderBy(s => s.Up is null).First();
            slot.Busy = true;
            Held[test] = slot;
        }

        try
        {
            if (slot.Up is null)
            {
                var root = LabInstance.RepositoryRoot();
                var lab = new LabInstance(root, slot.Name);
                await lab.UpAsync();
                slot.Up = (lab, LabEnvironment.Load(Path.Combine(root, "environments", "lab"), slot.Name));
            }

            return slot.Up.Value;
        }
        catch
        {
            Release(test);
            throw;
        }
    }

    /// <summary>Gives back the instance <paramref name="test"/> holds, if any.</summary>
    public static void Release(string test)
    {
        lock (Gate)
        {
            if (!Held.Remove(test, out var slot))
            {
                return;
            }

            slot.Busy = false;
        }

        Free.Release();
    }

    /// <summary>Takes down every instance the tests brought up (kept when <c>LAB_KEEP=1</c>).</summary>
    public static async Task DownAsync()
    {
        if (Environment.GetEnvironmentVariable("LAB_KEEP") == "1")
        {
            return;
        }

        foreach (var slot in Slots.Where(s => s.Up is not null))
        {
            await slot.Up!.Value.Lab.DownAsync();
            slot.Up = null;
        }
    }

    private static IEnumerable<string> Names()
    {
        var first = Environment.GetEnvironmentVariable("LAB_INSTANCE") is { Length: > 0 } n ? n : "labc";
        var size = int.TryParse(Environment.GetEnvironmentVariable("LAB_POOL"), out var s) && s is > 0 and < 10 ? s : 2;
        yield return first;
        for (var i = 2; i <= size; i++)
        {
            yield return $"{(first.Length < 8 ? first : first[..7])}{i}";
        }
    }

    private sealed class Slot(string name)
    {
        public string Name { get; } = name;

        public bool Busy { get; set; }

        public (LabInstance Lab, EnvironmentInventory Inventory)? Up { get; set; }
    }
}
