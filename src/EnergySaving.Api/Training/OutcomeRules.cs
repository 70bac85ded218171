using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
namespace EnergySaving.Api.Training;

/// <summary>
/// Attendance, exam and certificate of a participant. examScore is on a 0–100 scale (0–10 scores, as
/// the province's courses use, are accepted as they are). A certificate (number and issue date
/// together, valid-until optional) only for a participant who passed; passing needs attendance.
/// </summary>
public static class OutcomeRules
{
    public const decimal MaxScore = 100m;
    public const int CertificateNumberMaxLength = 64;
    public const int RevocationReasonMaxLength = 500;

    /// <summary>
    /// Taking a certificate away (passed: false, or no certificate any more) is a revocation: it needs a reason,
    /// kept in the outcome's history, never a silent loss. Empty when the change is not a revocation or gives its reason.
    /// </summary>
    public static FieldErrors CheckRevocation(Participant current, OutcomeRequest r)
    {
        var errors = new FieldErrors();
        var revokes = current.CertificateNumber is not null && (r.Passed != true || string.IsNullOrWhiteSpace(r.CertificateNumber));
        if (revokes && string.IsNullOrWhiteSpace(r.RevocationReason))
            errors.Add("revocationReason", Message.Of("training.certificate.revocation-needs-reason", ("certificate", current.CertificateNumber)));
        errors.CheckMultilineText("revocationReason", r.RevocationReason, RevocationReasonMaxLength);
        return errors;
    }

    public static FieldErrors Validate(OutcomeRequest r)
    {
        var errors = new FieldErrors();
        if (r.Attended is null) errors.Add("attended", Message.Of("training.outcome.attended-required"));
        if (r.Passed is null) errors.Add("passed", Message.Of("training.outcome.passed-required"));
        if (r.ExamScore is { } score && (score < 0 || score > MaxScore))
            errors.Add("examScore", Message.Of("training.outcome.score-out-of-range", ("max", (int)MaxScore)));
        if (r.Passed == true && r.Attended == false) errors.Add("passed", Message.Of("training.outcome.passed-without-attending"));

        var hasCertificate = !string.IsNullOrWhiteSpace(r.CertificateNumber) || r.CertificateIssuedOn is not null || r.CertificateValidUntil is not null;
        if (hasCertificate && r.Passed != true)
        {
            var field = !string.IsNullOrWhiteSpace(r.CertificateNumber) ? "certificateNumber"
                : r.CertificateIssuedOn is not null ? "certificateIssuedOn" : "certificateValidUntil";
            errors.Add(field, Message.Of("training.certificate.needs-pass"));
            return errors;
        }
        if (!hasCertificate) return errors;

        if (string.IsNullOrWhiteSpace(r.CertificateNumber)) errors.Add("certificateNumber", Message.Of("training.certificate.number-required"));
        else errors.CheckText("certificateNumber", r.CertificateNumber, CertificateNumberMaxLength);
        if (r.CertificateIssuedOn is null) errors.Add("certificateIssuedOn", Message.Of("training.certificate.issued-on-required"));
        errors.CheckDate("certificateIssuedOn", r.CertificateIssuedOn);
        errors.CheckDate("certificateValidUntil", r.CertificateValidUntil);
        if (r.CertificateIssuedOn is { } issued && r.CertificateValidUntil is { } until && until < issued)
            errors.Add("certificateValidUntil", Message.Of("training.certificate.valid-until-before-issued"));
        return errors;
    }

    public static void Apply(OutcomeRequest r, Participant p)
    {
        p.Attended = r.Attended;
        p.ExamScore = r.ExamScore;
        p.Passed = r.Passed;
        p.CertificateNumber = TextChecks.Clean(r.CertificateNumber);
        p.CertificateIssuedOn = p.CertificateNumber is null ? null : r.CertificateIssuedOn;
        p.CertificateValidUntil = p.CertificateNumber is null ? null : r.CertificateValidUntil;
    }
}
