namespace Compliance.Lab.Planning;

/// <summary>The resources of a lab in dependency order (every resource after the ones it depends on).</summary>
public sealed class LabPlan
{
    public LabPlan(IEnumerable<PlanResource> resources)
    {
        Resources = TopologicalOrder(resources.ToList());
    }

    public IReadOnlyList<PlanResource> Resources { get; }

    public PlanResource this[string id] => Resources.First(r => r.Id == id);

    private static List<PlanResource> TopologicalOrder(List<PlanResource> resources)
    {
        var byId = new Dictionary<string, PlanResource>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            if (!byId.TryAdd(resource.Id, resource))
            {
                throw new InvalidOperationException($"duplicate plan resource '{resource.Id}'");
            }
        }

        var ordered = new List<PlanResource>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            Visit(resource, byId, state, ordered);
        }

        return ordered;
    }

    private static void Visit(PlanResource resource, Dictionary<string, PlanResource> byId, Dictionary<string, bool> state, List<PlanResource> ordered)
    {
        if (state.TryGetValue(resource.Id, out var done))
        {
            if (!done)
            {
                throw new InvalidOperationException($"dependency cycle through '{resource.Id}'");
            }

            return;
        }

        state[resource.Id] = false;
        foreach (var dependency in resource.DependsOn)
        {
            if (!byId.TryGetValue(dependency, out var target))
            {
                throw new InvalidOperationException($"resource '{resource.Id}' depends on unknown '{dependency}'");
            }

            Visit(target, byId, state, ordered);
        }

        state[resource.Id] = true;
        ordered.Add(resource);
    }
}
