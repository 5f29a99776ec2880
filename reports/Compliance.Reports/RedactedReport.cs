using Compliance.Core.Changes;
using Compliance.Core.Evidence;
using Compliance.Core.Inputs;
using Compliance.Core.Redaction;
using Compliance.Core.Results;

namespace Compliance.Reports;

/// <summary>A copy of a run with a <see cref="Redactor"/> applied to every free text it carries.</summary>
internal sealed class RedactedReport(Redactor redactor)
{
    public static RunReport From(RunReport report, Redactor redactor) => report with
    {
        Requirements = [.. report.Requirements.Select(new RedactedReport(redactor).Requirement)],
        Change = report.Change is null ? null : report.Change with
        {
            Change = report.Change.Change with { Description = redactor.Redact(report.Change.Change.Description) },
            Impact = new ChangeImpact(
                [.. report.Change.Impact.Requirements.Select(e => e with { Message = redactor.Redact(e.Message) })],
                [.. report.Change.Impact.Checks.Select(e => e with { Message = redactor.Redact(e.Message) })]),
        },
    };

    private RequirementResult Requirement(RequirementResult r) => r with
    {
        Message = redactor.Redact(r.Message),
        Checks = [.. r.Checks.Select(Check)],
        Attestation = r.Attestation is null ? null : r.Attestation with { Statement = redactor.Redact(r.Attestation.Statement) },
    };

    private ResolvedCheck Check(ResolvedCheck c) => c with
    {
        Message = redactor.Redact(c.Message),
        Waiver = c.Waiver is null ? null : Waiver(c.Waiver),
        Result = c.Result with
        {
            Message = redactor.Redact(c.Result.Message),
            Evidence = [.. c.Result.Evidence.Select(Evidence)],
        },
    };

    private Waiver Waiver(Waiver w) => w with { Justification = redactor.Redact(w.Justification) };

    private EvidenceItem Evidence(EvidenceItem e) => e with
    {
        Target = redactor.Redact(e.Target),
        Probe = redactor.Redact(e.Probe),
        Expected = redactor.Redact(e.Expected),
        Observed = redactor.Redact(e.Observed),
        RawExcerpt = redactor.Redact(e.RawExcerpt),
    };
}
