using EnergySaving.Api.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.AnnualReports;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.ToTable("annual_reports");
        b.HasKey(x => x.Id);
        b.HasOne<Facility>().WithMany().HasForeignKey(x => x.FacilityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.FacilityId, x.Year, x.Submission }).IsUnique();
        // At most one open (submitted or accepted) report per facility and year, even under racing submissions.
        b.HasIndex(x => new { x.FacilityId, x.Year }).IsUnique().HasFilter($"status IN {AnnualReportStatus.LockingSql}")
            .HasDatabaseName("ix_annual_reports_open_per_year");
        b.HasIndex(x => x.Year);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.Property(x => x.ReviewedBy).HasMaxLength(256);
        b.Property(x => x.ReviewReason).HasMaxLength(2000);
        b.Property(x => x.Snapshot).HasColumnType("jsonb");
    }
}
