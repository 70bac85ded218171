using EnergySaving.Api.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Infrastructure.EntityConfigurations;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> b)
    {
        b.ToTable("facilities");
        b.HasKey(f => f.Id);
        b.Property(f => f.Code).HasMaxLength(FacilityRules.CodeMaxLength).IsRequired();
        b.HasIndex(f => f.Code).IsUnique();
        b.Property(f => f.Name).HasMaxLength(FacilityRules.TextMaxLength).IsRequired();
        b.Property(f => f.Sector).HasConversion<string>().HasMaxLength(20).IsRequired();
        b.Property(f => f.Industry).HasMaxLength(FacilityRules.ShortMaxLength);
        b.Property(f => f.ProductionUnit).HasMaxLength(FacilityRules.ProductionUnitMaxLength);
        b.Property(f => f.Province).HasMaxLength(FacilityRules.ShortMaxLength).IsRequired();
        b.Property(f => f.District).HasMaxLength(FacilityRules.ShortMaxLength);
        b.Property(f => f.Commune).HasMaxLength(FacilityRules.ShortMaxLength);
        b.Property(f => f.Address).HasMaxLength(FacilityRules.TextMaxLength);
        b.Property(f => f.TaxCode).HasMaxLength(FacilityRules.ShortMaxLength);
        b.Property(f => f.WeatherStation).HasMaxLength(FacilityRules.ShortMaxLength);
        b.HasIndex(f => f.Sector);
        b.HasIndex(f => f.Province);
    }
}
