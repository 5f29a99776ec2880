using System.ComponentModel;
using Spectre.Console.Cli;

namespace Compliance.Runner.Cli;

/// <summary>The command line of <c>compliance verify</c> (and <c>run-checks.sh --verify</c>).</summary>
public sealed class VerifySettings : CommandSettings
{
    /// <summary>The run folder to verify.</summary>
    [CommandArgument(0, "<DIR>")]
    [Description("The run folder (e.g. reports/out/latest)")]
    public string Folder { get; init; } = "";

    /// <summary>The certificate whose signature is trusted.</summary>
    [CommandOption("--trust <CERTIFICATE>")]
    [Description("The signing certificate to trust (PEM or DER); the certificate inside the signature is never trusted")]
    public string? Trust { get; init; }
}
