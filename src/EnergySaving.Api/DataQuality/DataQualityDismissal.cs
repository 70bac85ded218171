using EnergySaving.Api.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.DataQuality;

/// <summary>An analyst's "this is fine" on a finding, valid while the content version it was given on stays the same.</summary>
public sealed class DataQualityDismissal
{
    public int FacilityId { get; set; }
    public DateOnly Month { get; set; }
    public string Code { get; set; } = "";
    /// <summary>"" for findings not about one carrier (part of the key, so never null).</summary>
    public string Carrier { get; set; } = "";
    public long Version { get; set; }
    public string Reason { get; set; } = "";
    public string DismissedBy { get; set; } = "";
    public DateTimeOffset DismissedAt { get; set; }
}

internal sealed class DataQualityDismissalConfiguration : IEntityTypeConfiguration<DataQualityDismissal>
{
    public void Configure(EntityTypeBuilder<DataQualityDismissal> b)
    {
        b.ToTable("data_quality_dismissals");
        b.HasKey(x => new { x.FacilityId, x.Month, x.Code, x.Carrier });
        b.HasOne<Facility>().WithMany().HasForeignKey(x => x.FacilityId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Carrier).HasMaxLength(60);
        b.Property(x => x.Reason).HasMaxLength(DataQualityService.ReasonMaxLength);
        b.Property(x => x.DismissedBy).HasMaxLength(256);
    }
}
