using Compliance.Core.Transport;

namespace Compliance.Controls.Tests.Fakes;

/// <summary>
/// A host that answers commands from rules: the latest rule whose predicate matches the argument vector (joined
/// with spaces) answers. Unmatched commands exit 127, so a check that runs something unexpected cannot pass.
/// </summary>
internal sealed class FakeHost(string name) : ITransport
{
    private readonly List<(Func<string, bool> Match, Func<CommandRequest, CommandResult> Answer)> rules = [];
    private readonly List<CommandRequest> log = [];

    public string HostName => name;

    public string Describe => $"fake {name}";

    public IReadOnlyList<CommandRequest> Log => log;

    public FakeHost On(string contains, string stdout, int exit = 0, string stderr = "") =>
        On(c => c.Contains(contains, StringComparison.Ordinal), _ => Result(exit, stdout, stderr));

    public FakeHost On(Func<string, bool> match, Func<CommandRequest, CommandResult> answer)
    {
        rules.Add((match, answer));
        return this;
    }

    public Task<CommandResult> RunAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        lock (log)
        {
            log.Add(request);
        }

        var line = string.Join(' ', request.Arguments);
        for (var i = rules.Count - 1; i >= 0; i--)
        {
            if (rules[i].Match(line))
            {
                return Task.FromResult(rules[i].Answer(request));
            }
        }

        return Task.FromResult(Result(127, "", $"fake {name}: no answer for: {line}"));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static CommandResult Result(int exit, string stdout, string stderr = "") => new(exit, stdout, stderr, TimeSpan.FromMilliseconds(1), false);
}
