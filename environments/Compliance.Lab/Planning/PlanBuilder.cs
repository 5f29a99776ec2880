using Compliance.Lab.Topology;

namespace Compliance.Lab.Planning;

/// <summary>Turns the topology into the plan: instance, PKI, per-host namespaces and provisioning, the router's
/// network, one link per host and one resource per service (its create command returns once the service is ready).</summary>
public static class PlanBuilder
{
    public const string Instance = "instance";
    public const string Pki = "pki";
    public const string Network = "network";

    public static LabPlan Build(LabTopology topology)
    {
        var resources = new List<PlanResource>
        {
            new(Instance, "state directories and namespace mount", "bash scripts/instance.sh create", "bash scripts/instance.sh delete", []),
            new(Pki, "lab CA, certificates, CRL, signatures, tokens", "bash scripts/pki.sh create", "bash scripts/pki.sh delete", [Instance]),
        };
        var router = topology.Router;
        foreach (var host in topology.Hosts)
        {
            resources.Add(new(HostId(host), $"namespaces of {host.Name}", $"bash scripts/host-ns.sh create {host.Name}",
                $"bash scripts/host-ns.sh delete {host.Name}", [Instance]));
            resources.Add(new(ProvisionId(host), $"files, users and keys of {host.Name}", $"bash scripts/provision.sh create {host.Name}",
                $"bash scripts/provision.sh delete {host.Name}", [HostId(host), Pki]));
        }

        var bridges = string.Join(' ', topology.Segments.Select(s => $"{s.Name}={s.Router}/{s.PrefixLength}" + (s.Router6 is null ? "" : $",{s.Router6}/64")));
        resources.Add(new(Network, "segment bridges, routing and firewall ruleset", $"bash scripts/fw-net.sh create {bridges}",
            $"bash scripts/fw-net.sh delete {bridges}", [ProvisionId(router)]));
        foreach (var host in topology.Hosts.Where(h => !h.Router))
        {
            resources.Add(Link(topology, host, router));
        }

        foreach (var host in topology.Hosts)
        {
            foreach (var service in host.Services)
            {
                List<string> dependsOn = [ProvisionId(host), host.Router ? Network : LinkId(host)];
                resources.Add(new(ServiceId(host, service), $"{service} on {host.Name}", $"bash scripts/service.sh start {host.Name} {service}",
                    $"bash scripts/service.sh stop {host.Name} {service}", dependsOn));
            }
        }

        return new LabPlan(resources);
    }

    public static string HostId(TopologyHost host) => "host-" + host.Name;

    public static string ProvisionId(TopologyHost host) => "provision-" + host.Name;

    public static string LinkId(TopologyHost host) => "link-" + host.Name;

    public static string ServiceId(TopologyHost host, string service) => $"service-{host.Name}-{service}";

    private static PlanResource Link(LabTopology topology, TopologyHost host, TopologyHost router)
    {
        var segment = topology.Segment(host.Segment!);
        var addresses = string.Join(' ', (host.Dhcp ? ["dhcp"] : host.Addresses.Select(a => $"{a}/{segment.PrefixLength}"))
            .Concat(topology.Addresses6(host).Select(a => $"{a}/64")));
        var arguments = $"{host.Name} {segment.Name} {host.Mac ?? "-"} {segment.Router} {segment.Router6 ?? "-"} {addresses}";
        List<string> dependsOn = [HostId(host), Network];
        if (host.Dhcp)
        {
            dependsOn.AddRange(router.Services.Select(s => ServiceId(router, s)));
        }

        return new(LinkId(host), $"{host.Name} on {segment.Name}", $"bash scripts/link.sh create {arguments}",
            $"bash scripts/link.sh delete {arguments}", dependsOn);
    }
}
