using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Core.Yaml;

namespace Compliance.Core.Tests.Support;

/// <summary>Converts a YAML file to JSON (every scalar a string) to validate it against a JSON Schema.</summary>
internal static class YamlAsJson
{
    public static JsonElement Convert(string path)
    {
        var root = YamlTree.Read(path) ?? throw new InvalidDataException($"{path} is empty");
        return JsonSerializer.SerializeToElement(ToNode(root));
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMapping map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToNode(e.Value)))),
        YamlSequence list => new JsonArray([.. list.Items.Select(ToNode)]),
        YamlScalar scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidDataException($"unsupported YAML node {node.Shape}"),
    };
}
