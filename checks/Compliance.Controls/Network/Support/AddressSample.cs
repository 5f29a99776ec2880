using System.Net;
using System.Net.Sockets;

namespace Compliance.Controls.Network.Support;

/// <summary>Distinct addresses drawn uniformly from named blocks by a seed, so a finding can be replayed with the same seed.</summary>
internal static class AddressSample
{
    /// <summary>Draws <paramref name="count"/> distinct host addresses across <paramref name="blocks"/> (weighted by size), never one in <paramref name="exclude"/>, never an IPv4 address ending in .0 or .255.</summary>
    public static IReadOnlyList<IPAddress> Draw(IReadOnlyList<IPNetwork> blocks, int count, int seed, IReadOnlySet<IPAddress> exclude)
    {
        ArgumentNullException.ThrowIfNull(exclude);
        return Draw(blocks, count, seed, exclude.Contains);
    }

    /// <summary>Draws as <see cref="Draw(IReadOnlyList{IPNetwork}, int, int, IReadOnlySet{IPAddress})"/>, never an address <paramref name="excluded"/> names.</summary>
    public static IReadOnlyList<IPAddress> Draw(IReadOnlyList<IPNetwork> blocks, int count, int seed, Func<IPAddress, bool> excluded)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(excluded);
        if (blocks.Count == 0)
        {
            throw new ArgumentException("a sample needs at least one block", nameof(blocks));
        }

        var sizes = blocks.Select(Size).ToList();
        var total = sizes.Sum();
        if (count > total / 2)
        {
            throw new ArgumentException($"cannot draw {count} distinct addresses from blocks of {total} addresses", nameof(count));
        }

        var random = new Random(seed);
        var drawn = new List<IPAddress>(count);
        var seen = new HashSet<IPAddress>();
        var attempts = 0L;
        while (drawn.Count < count)
        {
            if (++attempts > (100L * count) + 10000)
            {
                throw new ArgumentException($"drew {drawn.Count} of {count} addresses: the exclusions cover nearly all of the blocks", nameof(excluded));
            }

            var pick = random.NextDouble() * total;
            var index = 0;
            while (index < sizes.Count - 1 && pick >= sizes[index])
            {
                pick -= sizes[index];
                index++;
            }

            var address = RandomHost(blocks[index], random);
            if (!excluded(address) && !IsEdgeOfV4Slash24(address) && seen.Add(address))
            {
                drawn.Add(address);
            }
        }

        return drawn;
    }

    private static double Size(IPNetwork block)
    {
        var bits = (block.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 32 : 128) - block.PrefixLength;
        return Math.Pow(2, Math.Min(bits, 62));
    }

    private static IPAddress RandomHost(IPNetwork block, Random random)
    {
        var bytes = block.BaseAddress.GetAddressBytes();
        var noise = new byte[bytes.Length];
        random.NextBytes(noise);
        for (var bit = block.PrefixLength; bit < bytes.Length * 8; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            bytes[bit / 8] = (byte)((bytes[bit / 8] & ~mask) | (noise[bit / 8] & mask));
        }

        return new IPAddress(bytes);
    }

    private static bool IsEdgeOfV4Slash24(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var last = address.GetAddressBytes()[3];
        return last is 0 or 255;
    }
}
