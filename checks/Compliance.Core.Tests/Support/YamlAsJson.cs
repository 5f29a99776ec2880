using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Core.Tests.Support;

/// <summary>Converts a YAML file to JSON (every scalar a string) to validate it against a JSON Schema.</summary>
internal static class YamlAsJson
{
    public static JsonElement Convert(string path)
    {
        var root = YamlFile.Load(path) ?? throw new InvalidDataException($"{path} is empty");
        return JsonSerializer.SerializeToElement(ToNode(root.Node));
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToNode(pair.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToNode).ToArray()),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidDataException($"unsupported YAML node {node.NodeType}"),
    };
}
