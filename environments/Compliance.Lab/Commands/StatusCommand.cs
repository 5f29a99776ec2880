using System.Text.Json;
using Compliance.Lab.Engine;
using Compliance.Lab.Topology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab status [--json]</c>: segments, hosts, addresses, namespaces and whether each service is ready.</summary>
public sealed class StatusCommand : AsyncCommand<StatusCommand.Settings>
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--json")]
        [System.ComponentModel.Description("Print the status as JSON (instance, segments, hosts, addresses, namespaces, services)")]
        public bool Json { get; init; }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunAsync(LabContext.FromEnvironment(), settings.Json);

    public static async Task<int> RunAsync(LabContext lab, bool json)
    {
        var topology = TopologyLoader.Load(lab.TopologyPath);
        var hosts = await Task.WhenAll(topology.Hosts.Select(h => HostStatusAsync(lab, h))).ConfigureAwait(false);
        var up = hosts.All(h => h.Present && h.Services.All(s => s.Ready));
        var status = new LabStatus(lab.Instance, up, lab.LabDirectory,
            topology.Segments.Select(s => new SegmentStatus(s.Name, s.Cidr, s.Router, s.Description)).ToList(), hosts);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(status, JsonOptions));
        }
        else
        {
            var table = new Table().AddColumns("host", "namespace", "addresses", "services");
            foreach (var host in hosts)
            {
                var services = string.Join(' ', host.Services.Select(s => s.Ready ? $"[green]{s.Name}[/]" : $"[red]{s.Name}[/]"));
                table.AddRow(host.Name, host.Present ? $"[green]{host.Namespace}[/]" : $"[red]{host.Namespace} (absent)[/]", string.Join(' ', host.Addresses), services);
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(up ? $"[green]lab {lab.Instance} is up[/]" : $"[yellow]lab {lab.Instance} is not (completely) up[/]");
        }

        return up ? 0 : 1;
    }

    private static async Task<HostStatus> HostStatusAsync(LabContext lab, TopologyHost host)
    {
        var present = File.Exists(lab.NetnsPath(host.Name)) && File.Exists(lab.MountNamespacePath(host.Name));
        var services = new List<ServiceStatus>();
        foreach (var service in host.Services)
        {
            var ready = present && (await Shell.RunAsync([.. lab.EnterHost(host.Name), "/usr/local/sbin/lab-service", "ready", service], lab, TimeSpan.FromSeconds(15)).ConfigureAwait(false)).Succeeded;
            services.Add(new ServiceStatus(service, ready));
        }

        var addresses = host.Router ? [] : host.Addresses;
        return new HostStatus(host.Name, host.Segment ?? "", lab.Namespace(host.Name), addresses, host.Mac, present,
            lab.MountNamespacePath(host.Name), lab.UtsNamespacePath(host.Name), services);
    }
}
