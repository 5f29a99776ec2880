using Compliance.Core.Inputs;

namespace Compliance.Runner.Cli;

/// <summary>Parses <c>run [--env E] [--control ID]... [--family NAME]... [--report-dir DIR] [--no-lab-up] [--help]</c>.</summary>
public static class OptionParser
{
    /// <summary>The options; throws <see cref="InputException"/> on a usage error.</summary>
    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            return new RunOptions { Help = true };
        }

        if (args[0] != "run")
        {
            throw Usage($"unknown command '{args[0]}' (expected: run)");
        }

        var options = new RunOptions();
        List<string> controls = [], families = [];
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    return new RunOptions { Help = true };
                case "--env":
                    options = options with { Environment = Value(args, ref i) };
                    break;
                case "--control":
                    controls.Add(Value(args, ref i));
                    break;
                case "--family":
                    families.Add(Value(args, ref i));
                    break;
                case "--report-dir":
                    options = options with { ReportDirectory = Value(args, ref i) };
                    break;
                case "--no-lab-up":
                    options = options with { NoLabUp = true };
                    break;
                default:
                    throw Usage($"unknown option '{args[i]}'");
            }
        }

        return options with { Controls = controls, Families = families };
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1].Length == 0)
        {
            throw Usage($"{name} needs a value");
        }

        return args[++i];
    }

    private static InputException Usage(string problem) => new("command line", $"{problem}; see --help");
}
