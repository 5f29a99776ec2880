namespace Compliance.Core.Inventory;

/// <summary>The bound <c>expected:</c> sections of an inventory, one record per section type.</summary>
public sealed class ExpectedState(IReadOnlyDictionary<Type, object> sections, IReadOnlyList<EmptyOnPurpose>? emptyOnPurpose = null)
{
    /// <summary>The iterated lists the sections declare empty on purpose, with their reasons.</summary>
    public IReadOnlyList<EmptyOnPurpose> EmptyOnPurpose { get; } = emptyOnPurpose ?? [];

    /// <summary>An empty expected state.</summary>
    public static ExpectedState Empty { get; } = new(new Dictionary<Type, object>());

    /// <summary>Every bound section.</summary>
    internal IEnumerable<object> Sections => sections.Values;

    /// <summary>True when the section of that type is present.</summary>
    public bool Has<T>() where T : class => sections.ContainsKey(typeof(T));

    /// <summary>The section of that type; throws <see cref="KeyNotFoundException"/> naming the section when the inventory lacks it.</summary>
    public T Get<T>() where T : class =>
        sections.TryGetValue(typeof(T), out var value)
            ? (T)value
            : throw new KeyNotFoundException($"the inventory has no expected section '{SectionName<T>()}'");

    /// <summary>The YAML name of a section type.</summary>
    public static string SectionName<T>() =>
        typeof(T).GetCustomAttributes(typeof(ExpectedSectionAttribute), false).Cast<ExpectedSectionAttribute>().FirstOrDefault()?.Name
        ?? typeof(T).Name;
}
