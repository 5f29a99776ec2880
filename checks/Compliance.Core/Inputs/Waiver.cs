namespace Compliance.Core.Inputs;

/// <summary>A justified, approved, expiring waiver of a requirement (e.g. <c>NET-07</c>) or a check (its check ID).</summary>
public sealed record Waiver(string Target, string Justification, string Approver, string Ticket, DateOnly Expires);
