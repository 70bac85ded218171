using EnergySaving.Api.Common;
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
    public static Dictionary<string, string[]> CheckRevocation(Participant current, OutcomeRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        var revokes = current.CertificateNumber is not null && (r.Passed != true || string.IsNullOrWhiteSpace(r.CertificateNumber));
        if (revokes && string.IsNullOrWhiteSpace(r.RevocationReason))
            errors.Add("revocationReason", $"The participant holds certificate '{current.CertificateNumber}': removing it is a revocation and needs revocationReason.");
        errors.CheckMultilineText("revocationReason", r.RevocationReason, RevocationReasonMaxLength);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(OutcomeRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Attended is null) errors.Add("attended", "attended is required (true or false).");
        if (r.Passed is null) errors.Add("passed", "passed is required (true or false).");
        if (r.ExamScore is { } score && (score < 0 || score > MaxScore))
            errors.Add("examScore", $"examScore must be between 0 and {MaxScore}.");
        if (r.Passed == true && r.Attended == false) errors.Add("passed", "A participant who did not attend cannot pass.");

        var hasCertificate = !string.IsNullOrWhiteSpace(r.CertificateNumber) || r.CertificateIssuedOn is not null || r.CertificateValidUntil is not null;
        if (hasCertificate && r.Passed != true)
        {
            var field = !string.IsNullOrWhiteSpace(r.CertificateNumber) ? "certificateNumber"
                : r.CertificateIssuedOn is not null ? "certificateIssuedOn" : "certificateValidUntil";
            errors.Add(field, "A certificate is only issued to a participant who passed (passed: true).");
            return errors;
        }
        if (!hasCertificate) return errors;

        if (string.IsNullOrWhiteSpace(r.CertificateNumber)) errors.Add("certificateNumber", "certificateNumber is required with a certificate.");
        else errors.CheckText("certificateNumber", r.CertificateNumber, CertificateNumberMaxLength);
        if (r.CertificateIssuedOn is null) errors.Add("certificateIssuedOn", "certificateIssuedOn is required with a certificate.");
        errors.CheckDate("certificateIssuedOn", r.CertificateIssuedOn);
        errors.CheckDate("certificateValidUntil", r.CertificateValidUntil);
        if (r.CertificateIssuedOn is { } issued && r.CertificateValidUntil is { } until && until < issued)
            errors.Add("certificateValidUntil", "certificateValidUntil may not be before certificateIssuedOn.");
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
