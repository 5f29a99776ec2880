using Compliance.Core.Evidence;
using Compliance.Core.Inputs;
using Compliance.Core.Redaction;
using Compliance.Core.Results;

namespace Compliance.Reports;

/// <summary>A copy of a run with <see cref="SecretRedactor"/> applied to every free text it carries.</summary>
internal static class RedactedReport
{
    public static RunReport From(RunReport report) => report with
    {
        Requirements = [.. report.Requirements.Select(Requirement)],
    };

    private static RequirementResult Requirement(RequirementResult r) => r with
    {
        Message = SecretRedactor.Redact(r.Message),
        Checks = [.. r.Checks.Select(Check)],
        Attestation = r.Attestation is null ? null : r.Attestation with { Statement = SecretRedactor.Redact(r.Attestation.Statement) },
    };

    private static ResolvedCheck Check(ResolvedCheck c) => c with
    {
        Message = SecretRedactor.Redact(c.Message),
        Waiver = c.Waiver is null ? null : Waiver(c.Waiver),
        Result = c.Result with
        {
            Message = SecretRedactor.Redact(c.Result.Message),
            Evidence = [.. c.Result.Evidence.Select(Evidence)],
        },
    };

    private static Waiver Waiver(Waiver w) => w with { Justification = SecretRedactor.Redact(w.Justification) };

    private static EvidenceItem Evidence(EvidenceItem e) => e with
    {
        Target = SecretRedactor.Redact(e.Target),
        Probe = SecretRedactor.Redact(e.Probe),
        Expected = SecretRedactor.Redact(e.Expected),
        Observed = SecretRedactor.Redact(e.Observed),
        RawExcerpt = SecretRedactor.Redact(e.RawExcerpt),
    };
}
