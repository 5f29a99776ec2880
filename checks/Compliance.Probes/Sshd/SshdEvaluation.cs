namespace Compliance.Probes.Sshd;

/// <summary>
/// One evaluation of sshd's effective settings: the connection, why it was evaluated (a Match block's criteria, or an
/// account from a source), the Match blocks that apply to it, and the settings <c>sshd -T -C</c> printed.
/// </summary>
public sealed record SshdEvaluation(SshdConnection Connection, string Reason, IReadOnlyList<SshdMatchBlock> Applied, SshdSettings Settings)
{
    /// <summary>The connection, the reason and the Match blocks that apply, for messages and evidence.</summary>
    public string Describe()
    {
        var others = Applied.Where(b => b.ToString() != Reason).ToList();
        return $"{Reason} [-C {Connection.Specification}]" + (others.Count == 0 ? "" : $" under {string.Join(", ", others)}");
    }
}
