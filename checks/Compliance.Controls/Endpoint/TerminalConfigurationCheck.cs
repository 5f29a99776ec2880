using Compliance.Controls.Framework;
using Compliance.Controls.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>A check that one Windows 10 general configuration setting is on for every terminal (see <see cref="TerminalConfigurationReview"/>).</summary>
/// <param name="controlId">The requirement the check enforces.</param>
/// <param name="title">The sentence the check proves.</param>
/// <param name="setting">The setting as messages name it.</param>
/// <param name="isOn">Whether a configuration has the setting on.</param>
public abstract class TerminalConfigurationCheck(string controlId, string title, string setting, Func<Windows10GeneralConfiguration, bool> isOn) : GraphCheck
{
    /// <inheritdoc />
    public sealed override string ControlId => controlId;

    /// <inheritdoc />
    public sealed override string Title => title;

    /// <inheritdoc />
    protected sealed override Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken) =>
        TerminalConfigurationReview.EvaluateAsync(run, setting, isOn, cancellationToken);
}
