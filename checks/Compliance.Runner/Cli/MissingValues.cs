using System.Reflection;
using Spectre.Console.Cli;

namespace Compliance.Runner.Cli;

/// <summary>
/// Finds an option of a settings type that takes a value (<c>--env &lt;ENV&gt;</c>) but is given none:
/// it is last on the line or followed by another option. The parser would otherwise take a placeholder for the value.
/// </summary>
public static class MissingValues
{
    /// <summary>The first option of <typeparamref name="TSettings"/> given without its value, or null.</summary>
    public static string? First<TSettings>(IReadOnlyList<string> args) where TSettings : CommandSettings
    {
        ArgumentNullException.ThrowIfNull(args);
        var taking = Taking(typeof(TSettings));
        for (var i = 0; i < args.Count; i++)
        {
            if (taking.Contains(args[i]) && (i + 1 == args.Count || args[i + 1].StartsWith('-') || args[i + 1].Length == 0))
            {
                return args[i];
            }
        }

        return null;
    }

    private static HashSet<string> Taking(Type settings) => [.. settings.GetProperties()
        .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
        .OfType<CommandOptionAttribute>()
        .Where(o => o.ValueName is not null && !o.ValueIsOptional)
        .SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n)))];
}
