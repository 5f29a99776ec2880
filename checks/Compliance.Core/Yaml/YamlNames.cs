using System.Text;

namespace Compliance.Core.Yaml;

/// <summary>Name conversions between YAML (snake_case) and C# (PascalCase).</summary>
public static class YamlNames
{
    /// <summary><c>NotApplicable</c> -> <c>not_applicable</c>; <c>Iso27001</c> -> <c>iso27001</c>.</summary>
    public static string SnakeCase(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
