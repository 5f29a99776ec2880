namespace Compliance.Probes.Host;

/// <summary>One command a user may run through sudo, as <c>sudo -l</c> or a sudoers rule states it.</summary>
/// <param name="RunAsUsers">Target users (<c>ALL</c>, <c>root</c>, ...); empty means the default (root).</param>
/// <param name="RunAsGroups">Target groups, if any.</param>
/// <param name="Options">Tags and options (<c>NOPASSWD</c>, <c>!authenticate</c>, <c>SETENV</c>, ...).</param>
/// <param name="Command">The command with its arguments as written, or <c>ALL</c>.</param>
/// <param name="Source">Where the right was seen (<c>sudo -l -U infra1</c>, <c>/etc/sudoers.d/x:3</c>).</param>
public sealed record SudoRight(IReadOnlyList<string> RunAsUsers, IReadOnlyList<string> RunAsGroups, IReadOnlyList<string> Options, string Command, string Source)
{
    /// <summary>True when no password is asked.</summary>
    public bool NoPassword => Options.Any(o => o is "NOPASSWD" or "!authenticate");

    /// <summary>True when the right lets the user act as root (root, ALL, or the default target).</summary>
    public bool AsRoot => RunAsUsers.Count == 0 || RunAsUsers.Any(u => u is "root" or "ALL" or "#0");

    /// <summary>The executable (first word) of the command.</summary>
    public string Executable => Command.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    /// <summary>The run-as part as sudo prints it, e.g. <c>root</c> or <c>www-data : adm</c>.</summary>
    public string RunAs => RunAsGroups.Count == 0
        ? (RunAsUsers.Count == 0 ? "root" : string.Join(", ", RunAsUsers))
        : $"{(RunAsUsers.Count == 0 ? "root" : string.Join(", ", RunAsUsers))} : {string.Join(", ", RunAsGroups)}";

    /// <inheritdoc/>
    public override string ToString() => $"({RunAs}) {(NoPassword ? "NOPASSWD: " : "")}{Command}";
}
