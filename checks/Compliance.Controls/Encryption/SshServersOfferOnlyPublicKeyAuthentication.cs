using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>
/// ENC-03: seen from the network, every SSH server lists only the allowed authentication methods (public key) to
/// every account the inventory names and to root, from every vantage the allowed flows let reach its SSH port (so
/// that a Match block for a user, group or source address that re-enables passwords shows).
/// </summary>
public sealed class SshServersOfferOnlyPublicKeyAuthentication : Check
{
    private const int Parallelism = 4;

    /// <inheritdoc/>
    public override string ControlId => "ENC-03";

    /// <inheritdoc/>
    public override string Title => "SSH servers offer public-key authentication only";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var policy = context.Inventory.Expected.Get<SshPolicyExpectation>();
        var accounts = SshdSurveys.NamedAccounts(context).Prepend("root").Distinct(StringComparer.Ordinal).ToList();
        var pairs = policy.Servers.SelectMany(s => Vantages(context, s, policy.Port).Select(v => (Server: s.Host, Vantage: v))).ToList();
        var probes = pairs.SelectMany(p => accounts.Select(a => (p.Server, p.Vantage, Account: a))).ToList();
        var findings = new Findings("SSH server and vantage");
        var offered = new List<string>();
        await findings.EachAsync(pairs, p => $"{p.Server} from {p.Vantage}", async p =>
        {
            var address = context.Inventory.Host(p.Server).Address;
            var pins = await HostKeyPins.OfAsync(context, p.Server, cancellationToken).ConfigureAwait(false);
            var answers = await SshAuthMethodsProbe.ReadManyAsync(await Hosts.TransportAsync(context, p.Vantage, cancellationToken).ConfigureAwait(false), address, policy.Port, pins, accounts, cancellationToken).ConfigureAwait(false);
            var offending = new List<(string Account, string Extra)>();
            foreach (var (account, methods, error) in answers)
            {
                if (methods is null)
                {
                    findings.Unverified($"{p.Server} from {p.Vantage} as {account}: {context.Redactor.Redact(error ?? "no answer")}");
                    continue;
                }

                lock (offered)
                {
                    offered.Add($"{p.Vantage} -> {account}@{p.Server}: {string.Join(",", methods)}");
                }

                var extra = methods.Except(policy.AllowedAuthentication).ToList();
                if (extra.Count > 0)
                {
                    offending.Add((account, string.Join(", ", extra)));
                }
            }

            foreach (var group in offending.GroupBy(o => o.Extra, StringComparer.Ordinal))
            {
                findings.Violation($"{p.Server} offers {group.Key} from {p.Vantage} to {string.Join(", ", group.Select(o => o.Account))}");
            }
        }, cancellationToken, context.Redactor, Parallelism).ConfigureAwait(false);

        foreach (var server in policy.Servers.Select(s => s.Host).Distinct())
        {
            var lines = offered.Where(o => o.Contains($"@{server}:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            evidence.Record(string.Join(", ", probes.Where(p => p.Server == server).Select(p => p.Vantage).Distinct()), $"{server} {context.Inventory.Host(server).Address}:{policy.Port}",
                $"SSH 'none' authentication as {string.Join(", ", accounts)} (server lists the methods that can continue)", string.Join(",", policy.AllowedAuthentication),
                $"{lines.Count} answer(s); methods offered: {string.Join(" | ", lines.Select(l => l.Split(": ", 2)[1]).Distinct())}", string.Join('\n', lines));
        }

        return findings.Verdict($"{policy.Servers.Count} SSH servers offer only {string.Join(", ", policy.AllowedAuthentication)} to {accounts.Count} accounts from every allowed vantage");
    }

    /// <summary>The server's own vantage and every flow vantage the allowed flows let reach its SSH port.</summary>
    private static IEnumerable<string> Vantages(CheckContext context, SshServerEntry server, int port)
    {
        var vantages = new List<string> { server.Vantage };
        if (context.Inventory.Expected.Has<FlowsExpectation>())
        {
            var flows = FlowPolicy.Of(context.Inventory);
            var target = context.Inventory.Host(server.Host);
            vantages.AddRange(flows.Vantages.Where(v => v != server.Host && flows.Allows(context.Inventory.Host(v), target, "tcp", port)));
        }

        return vantages.Distinct(StringComparer.Ordinal);
    }
}
