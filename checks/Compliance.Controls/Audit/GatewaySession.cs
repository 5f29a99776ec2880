using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Audit;

namespace Compliance.Controls.Audit;

/// <summary>The proving session's client: the session user's OpenSSH client on the inventory's terminal, pointed at the gateway.</summary>
public sealed class GatewaySession : IAsyncDisposable
{
    private GatewaySession(SshClient client, string gatewayAddress, string targetAddress, RecordingsExpectation expected)
    {
        Client = client;
        GatewayAddress = gatewayAddress;
        TargetAddress = targetAddress;
        Expected = expected;
    }

    /// <summary>The client.</summary>
    public SshClient Client { get; }

    /// <summary>The gateway's address as the client reaches it.</summary>
    public string GatewayAddress { get; }

    /// <summary>The target's address behind the gateway.</summary>
    public string TargetAddress { get; }

    /// <summary>The recordings section.</summary>
    public RecordingsExpectation Expected { get; }

    /// <summary><c>user@gateway</c>.</summary>
    public string Login => $"{Expected.SessionUser}@{GatewayAddress}";

    /// <summary>Opens the client side on the session host.</summary>
    public static async Task<GatewaySession> OpenAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expected = context.Inventory.Expected.Get<RecordingsExpectation>();
        var from = await context.Transports.ForHostAsync(expected.SessionFrom, cancellationToken).ConfigureAwait(false);
        var gatewayAddress = context.Inventory.Host(expected.Gateway).Address;
        var key = await File.ReadAllTextAsync(InEnvironment(context, expected.SessionKeyFile), cancellationToken).ConfigureAwait(false);
        context.Redactor.Add(key);
        var hostKey = string.Join(' ', (await File.ReadAllTextAsync(InEnvironment(context, expected.GatewayHostKey), cancellationToken).ConfigureAwait(false))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(2));
        var client = await SshClient.PrepareAsync(from, expected.SessionLocalUser, key, gatewayAddress, hostKey, cancellationToken).ConfigureAwait(false);
        return new GatewaySession(client, gatewayAddress, context.Inventory.Host(expected.SessionTarget).Address, expected);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Client.DisposeAsync();

    /// <summary>An interactive session through the recorded hop: at the target's prompt types <paramref name="line"/>, waits for <paramref name="shown"/>, exits.</summary>
    public Task<TypedSession> TypeAsync(string line, string shown, CancellationToken cancellationToken) =>
        Client.TypeThroughAsync(Login, Expected.SessionTarget, line, shown, cancellationToken);

    /// <summary>A positive control: the recorded hop runs <c>true</c> on the target for this account.</summary>
    public async Task ProveHopAsync(EvidenceLog evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var hop = await Client.HopAsync(Login, Expected.SessionTarget, cancellationToken).ConfigureAwait(false);
        evidence.Record(Client.From, Expected.Gateway, $"ssh {Login} {Expected.SessionTarget} true (recorded hop)", "exit 0 (positive control)", $"exit {hop.ExitCode}", hop.Error);
        if (!hop.Ran)
        {
            throw new PrerequisiteFailedException($"the recorded hop from {Client.From} as {Expected.SessionUser} through {Expected.Gateway} to {Expected.SessionTarget} failed (exit {hop.ExitCode}): {hop.Error.Trim()}");
        }
    }

    private static string InEnvironment(CheckContext context, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(context.Inventory.Directory, path));
}
