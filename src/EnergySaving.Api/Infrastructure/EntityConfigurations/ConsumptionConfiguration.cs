using EnergySaving.Api.Consumption;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Infrastructure.EntityConfigurations;

internal sealed class ConsumptionMonthConfiguration : IEntityTypeConfiguration<ConsumptionMonth>
{
    public void Configure(EntityTypeBuilder<ConsumptionMonth> b)
    {
        b.ToTable("consumption_months");
        b.HasKey(x => new { x.FacilityId, x.Month });
        b.HasOne<Facility>().WithMany().HasForeignKey(x => x.FacilityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.Month);
        MonthContentColumns.Configure(b);
    }
}

internal sealed class ConsumptionRevisionConfiguration : IEntityTypeConfiguration<ConsumptionRevision>
{
    public void Configure(EntityTypeBuilder<ConsumptionRevision> b)
    {
        b.ToTable("consumption_revisions");
        b.HasKey(x => new { x.FacilityId, x.Month, x.Revision });
        b.HasOne<Facility>().WithMany().HasForeignKey(x => x.FacilityId).OnDelete(DeleteBehavior.Cascade);
        MonthContentColumns.Configure(b);
    }
}

internal static class MonthContentColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> b) where T : MonthContent
    {
        b.Property(x => x.ProductionUnit).HasMaxLength(FacilityRules.ProductionUnitMaxLength);
        b.Property(x => x.Note).HasMaxLength(MonthReportRules.NoteMaxLength);
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.Property(x => x.Carriers).IsRequired();
        b.Property(x => x.Quantities).IsRequired();
        b.Property(x => x.Units).IsRequired();
        b.Property(x => x.Toes).IsRequired();
        b.Property(x => x.FactorIds).IsRequired();
        b.Property(x => x.DeclaredToes).IsRequired();
    }
}

internal sealed class EnergyCarrierFactorConfiguration : IEntityTypeConfiguration<EnergyCarrierFactor>
{
    public void Configure(EntityTypeBuilder<EnergyCarrierFactor> b)
    {
        b.ToTable("energy_carrier_factors");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.CarrierCode, x.Dimension, x.ValidFrom }).IsUnique();
        b.Property(x => x.CarrierCode).HasMaxLength(40);
        b.Property(x => x.Dimension).HasMaxLength(10);
        b.Property(x => x.PerUnit).HasMaxLength(20);
    }
}
