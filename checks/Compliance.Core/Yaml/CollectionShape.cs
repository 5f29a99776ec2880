namespace Compliance.Core.Yaml;

/// <summary>Recognises the collection types an expected section may declare.</summary>
internal static class CollectionShape
{
    private static readonly Type[] Lists =
        [typeof(IReadOnlyList<>), typeof(IList<>), typeof(List<>), typeof(IEnumerable<>), typeof(IReadOnlyCollection<>), typeof(ICollection<>)];

    private static readonly Type[] Sets = [typeof(IReadOnlySet<>), typeof(ISet<>), typeof(HashSet<>)];

    private static readonly Type[] Dictionaries = [typeof(IReadOnlyDictionary<,>), typeof(IDictionary<,>), typeof(Dictionary<,>)];

    public static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && (Lists.Contains(type.GetGenericTypeDefinition()) || IsSet(type)) ? type.GetGenericArguments()[0]
        : null;

    public static bool IsSet(Type type) => type.IsGenericType && Sets.Contains(type.GetGenericTypeDefinition());

    public static Type? DictionaryValueOf(Type type) =>
        type.IsGenericType && Dictionaries.Contains(type.GetGenericTypeDefinition()) && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;
}
