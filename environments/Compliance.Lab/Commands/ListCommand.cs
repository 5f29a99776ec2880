using Compliance.Lab.Engine;
using Compliance.Lab.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab list</c>: the violation scenarios.</summary>
public sealed class ListCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken) => Run(LabContext.FromEnvironment());

    public static int Run(LabContext lab)
    {
        var table = new Table().AddColumns("scenario", "family", "requirements", "description");
        foreach (var s in ScenarioLoader.LoadAll(lab.LabDirectory))
        {
            table.AddRow(Markup.Escape(s.Name), s.Family, string.Join(' ', s.Requirements), Markup.Escape(s.Description));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
