using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Training;

/// <summary>
/// Every outcome recorded for a participant, oldest first, with who and when (as consumption keeps its revisions):
/// a corrected score or a revoked certificate never erases what was there, and a revocation carries its reason.
/// </summary>
public sealed class OutcomeRevision
{
    public long Id { get; set; }
    public int ParticipantId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
    public bool? Attended { get; set; }
    public decimal? ExamScore { get; set; }
    public bool? Passed { get; set; }
    public string? CertificateNumber { get; set; }
    public DateOnly? CertificateIssuedOn { get; set; }
    public DateOnly? CertificateValidUntil { get; set; }
    public string? RevocationReason { get; set; }

    public static OutcomeRevision Of(Participant p, string by, DateTimeOffset at, string? revocationReason) => new()
    {
        ParticipantId = p.Id, RecordedAt = at, RecordedBy = by, Attended = p.Attended, ExamScore = p.ExamScore, Passed = p.Passed,
        CertificateNumber = p.CertificateNumber, CertificateIssuedOn = p.CertificateIssuedOn,
        CertificateValidUntil = p.CertificateValidUntil, RevocationReason = revocationReason,
    };
}

internal sealed class OutcomeRevisionConfiguration : IEntityTypeConfiguration<OutcomeRevision>
{
    public void Configure(EntityTypeBuilder<OutcomeRevision> b)
    {
        b.ToTable("outcome_revisions");
        b.HasKey(x => x.Id);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.Property(x => x.CertificateNumber).HasMaxLength(OutcomeRules.CertificateNumberMaxLength);
        b.Property(x => x.RevocationReason).HasMaxLength(OutcomeRules.RevocationReasonMaxLength);
        b.Property(x => x.ExamScore).HasPrecision(5, 2);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ParticipantId);
    }
}
