using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Facilities;

/// <summary>One attribute of a facility changed: who, when, the old and the new value (as shown in the API).</summary>
public sealed class FacilityChange
{
    public long Id { get; set; }
    public int FacilityId { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

internal sealed class FacilityChangeConfiguration : IEntityTypeConfiguration<FacilityChange>
{
    public void Configure(EntityTypeBuilder<FacilityChange> b)
    {
        b.ToTable("facility_changes");
        b.HasKey(x => x.Id);
        b.Property(x => x.ChangedBy).HasMaxLength(FacilityHistory.ChangedByMaxLength);
        b.Property(x => x.Field).HasMaxLength(40);
        b.Property(x => x.OldValue).HasMaxLength(FacilityRules.TextMaxLength);
        b.Property(x => x.NewValue).HasMaxLength(FacilityRules.TextMaxLength);
        b.HasOne<Facility>().WithMany().HasForeignKey(x => x.FacilityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.FacilityId, x.ChangedAt });
    }
}
