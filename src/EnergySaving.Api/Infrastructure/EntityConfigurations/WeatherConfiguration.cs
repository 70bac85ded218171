using EnergySaving.Api.Facilities;
using EnergySaving.Api.Weather;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Infrastructure.EntityConfigurations;

internal sealed class WeatherStationConfiguration : IEntityTypeConfiguration<WeatherStation>
{
    public void Configure(EntityTypeBuilder<WeatherStation> b)
    {
        b.ToTable("weather_stations");
        b.HasKey(s => s.Id);
        b.Property(s => s.Code).HasMaxLength(WeatherRules.CodeMaxLength).IsRequired();
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.Name).HasMaxLength(FacilityRules.TextMaxLength);
        b.Property(s => s.Province).HasMaxLength(FacilityRules.ShortMaxLength);
    }
}

internal sealed class DailyTemperatureConfiguration : IEntityTypeConfiguration<DailyTemperature>
{
    public void Configure(EntityTypeBuilder<DailyTemperature> b)
    {
        b.ToTable("daily_temperatures", t => t.HasCheckConstraint("ck_daily_temperatures_mean_c", FormattableString.Invariant($"mean_c BETWEEN {TemperatureUpload.MinC} AND {TemperatureUpload.MaxC}")));
        b.HasKey(t => new { t.StationId, t.Date });
        b.HasOne<WeatherStation>().WithMany().HasForeignKey(t => t.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
