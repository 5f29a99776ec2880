using Compliance.Lab.Engine;

namespace Compliance.Lab.Commands;

/// <summary><c>lab exec HOST -- CMD...</c>: runs a command inside a lab host, attached to the terminal.</summary>
public static class ExecCommand
{
    public static int Run(LabContext lab, string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: lab exec HOST -- CMD...");
            return 2;
        }

        var host = args[0];
        var command = args.Skip(1).SkipWhile(a => a == "--").ToArray();
        if (!File.Exists(lab.NetnsPath(host)))
        {
            Console.Error.WriteLine($"host {host} of lab {lab.Instance} is not up");
            return 2;
        }

        return Shell.RunAttached([.. lab.EnterHost(host), .. command.Length > 0 ? command : ["bash", "-l"]], lab);
    }
}
