using Compliance.Lab.Engine;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab exec HOST -- CMD...</c>: runs a command inside a lab host, attached to the terminal.</summary>
public sealed class ExecCommand : Command<ExecCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<HOST>")]
        [System.ComponentModel.Description("The lab host (fw, infra-term, proxy, gateway, ml01, ...); the command follows --")]
        public string Host { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(LabContext.FromEnvironment(), settings.Host, [.. context.Remaining.Raw]);

    public static int Run(LabContext lab, string host, IReadOnlyList<string> command)
    {
        if (!File.Exists(lab.NetnsPath(host)))
        {
            Console.Error.WriteLine($"host {host} of lab {lab.Instance} is not up");
            return 2;
        }

        return Shell.RunAttached([.. lab.EnterHost(host), .. command.Count > 0 ? command : ["bash", "-l"]], lab);
    }
}
