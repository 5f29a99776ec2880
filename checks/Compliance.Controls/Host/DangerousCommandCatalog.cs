using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Compliance.Controls.Host;

/// <summary>
/// The catalog of commands that can start a shell or read or write arbitrary files when granted through sudo,
/// loaded from the embedded <c>dangerous-commands.yaml</c>.
/// </summary>
public sealed class DangerousCommandCatalog
{
    private static readonly Lazy<DangerousCommandCatalog> Embedded = new(LoadEmbedded);

    /// <summary>Where the catalog's facts come from.</summary>
    public string Source { get; init; } = "";

    /// <summary>The entries.</summary>
    public IReadOnlyList<DangerousCommand> Commands { get; init; } = [];

    /// <summary>The catalog shipped with the suite.</summary>
    public static DangerousCommandCatalog Default => Embedded.Value;

    /// <summary>Parses a catalog document.</summary>
    public static DangerousCommandCatalog Parse(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithTypeMapping<IReadOnlyList<string>, List<string>>().WithTypeMapping<IReadOnlyList<DangerousCommand>, List<DangerousCommand>>().Build().Deserialize<DangerousCommandCatalog>(yaml)
        ?? throw new FormatException("empty dangerous-command catalog");

    /// <summary>
    /// The entries that make <paramref name="command"/> (an executable with the arguments a sudo rule allows)
    /// dangerous. A rule without arguments allows any argument; a wildcard allows any text.
    /// </summary>
    public IReadOnlyList<DangerousCommand> Match(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var name = words[0][(words[0].LastIndexOf('/') + 1)..];
        var args = words[1..];
        var fixedArgs = args.Length > 0 && !command.AsSpan(words[0].Length).ContainsAny("*?[");
        var matched = new List<DangerousCommand>();
        foreach (var entry in Commands.Where(e => e.Names.Any(n => Glob(n).IsMatch(name))))
        {
            if (IsDangerous(entry, args, fixedArgs))
            {
                matched.Add(entry);
            }
        }

        return matched;
    }

    private static bool IsDangerous(DangerousCommand entry, string[] args, bool fixedArgs)
    {
        if (!fixedArgs)
        {
            return true;
        }

        if (entry.DangerousWith.Count > 0 && !args.Any(a => Has(entry.DangerousWith, a)))
        {
            return false;
        }

        if (!entry.Abilities.Contains("shell"))
        {
            return entry.DangerousWith.Count > 0;
        }

        var safe = entry.SafeWith.Count > 0 && entry.SafeWith.All(s => args.Any(a => a == s)) && !args.Any(a => Has(entry.AlwaysWith, a));
        return !safe;
    }

    private static bool Has(IReadOnlyList<string> options, string arg) =>
        options.Any(o => arg == o || arg.StartsWith(o + "=", StringComparison.Ordinal) || (o.Length == 2 && o[0] == '-' && o[1] != '-' && arg.Length > 2 && arg[0] == '-' && arg[1] != '-' && arg.Contains(o[1], StringComparison.Ordinal)));

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static DangerousCommandCatalog LoadEmbedded()
    {
        using var stream = typeof(DangerousCommandCatalog).Assembly.GetManifestResourceStream("dangerous-commands.yaml")
            ?? throw new InvalidOperationException("the dangerous-command catalog is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
