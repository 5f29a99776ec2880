namespace Compliance.Core.Transport;

/// <summary>A command to run on a host: an argument vector (never a shell string), optional stdin, a timeout.</summary>
public sealed record CommandRequest(IReadOnlyList<string> Arguments, TimeSpan Timeout, string? StandardInput = null)
{
    /// <summary>Builds a request from arguments with the given timeout.</summary>
    public static CommandRequest Of(TimeSpan timeout, params string[] arguments) => new(arguments, timeout);
}
