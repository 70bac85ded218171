using EnergySaving.Api.Facilities;
using EnergySaving.Api.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Infrastructure.EntityConfigurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.ToTable("training_courses", t =>
        {
            t.HasCheckConstraint("ck_training_courses_dates", "end_date >= start_date");
            t.HasCheckConstraint("ck_training_courses_capacity", "capacity IS NULL OR capacity > 0");
        });
        b.HasKey(c => c.Id);
        b.Property(c => c.Code).HasMaxLength(CourseRules.CodeMaxLength);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Title).HasMaxLength(CourseRules.TextMaxLength).IsRequired();
        b.Property(c => c.Kind).HasConversion(k => k.ToApi(), s => Parse(s)).HasMaxLength(20).IsRequired();
        b.Property(c => c.Location).HasMaxLength(CourseRules.TextMaxLength).IsRequired();
        b.Property(c => c.Organizer).HasMaxLength(CourseRules.TextMaxLength).IsRequired();
        b.HasIndex(c => c.StartDate);
    }

    private static CourseKind Parse(string s) =>
        CourseKinds.TryParse(s, out var kind) ? kind : throw new InvalidOperationException($"Unknown course kind '{s}' in the database.");
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("training_participants", t =>
            t.HasCheckConstraint("ck_training_participants_certificate", "certificate_number IS NULL OR passed"));
        b.HasKey(p => p.Id);
        b.HasOne<Course>().WithMany().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Facility>().WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.FullName).HasMaxLength(ParticipantRules.NameMaxLength).IsRequired();
        b.Property(p => p.NormalizedName).HasMaxLength(ParticipantRules.NameMaxLength * 2).IsRequired();
        // The same person (normalised name) of the same facility only once per course, enforced by the database;
        // a withdrawn participant may be enrolled again.
        b.HasIndex(p => new { p.CourseId, p.FacilityId, p.NormalizedName }).IsUnique().HasFilter("NOT withdrawn");
        b.Property(p => p.WithdrawnBy).HasMaxLength(256);
        b.Property(p => p.Position).HasMaxLength(ParticipantRules.TextMaxLength);
        b.Property(p => p.Email).HasMaxLength(ParticipantRules.TextMaxLength);
        b.Property(p => p.Phone).HasMaxLength(ParticipantRules.PhoneMaxLength);
        b.Property(p => p.ExamScore).HasPrecision(5, 2);
        b.Property(p => p.CertificateNumber).HasMaxLength(OutcomeRules.CertificateNumberMaxLength);
        b.HasIndex(p => p.CertificateNumber).IsUnique();
        b.HasIndex(p => p.FacilityId);
    }
}
