using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Weather;

/// <summary>
/// A daily mean replaced by an upload: what it was, when and by whom it was replaced (as consumption keeps its
/// revisions). An upload of the same values writes nothing here.
/// </summary>
public sealed class TemperatureRevision
{
    public long Id { get; set; }
    public int StationId { get; set; }
    public DateOnly Date { get; set; }
    public double MeanC { get; set; }
    public DateTimeOffset ReplacedAt { get; set; }
    public required string ReplacedBy { get; set; }
}

internal sealed class TemperatureRevisionConfiguration : IEntityTypeConfiguration<TemperatureRevision>
{
    public void Configure(EntityTypeBuilder<TemperatureRevision> b)
    {
        b.ToTable("temperature_revisions");
        b.HasKey(x => x.Id);
        b.Property(x => x.ReplacedBy).HasMaxLength(256);
        b.HasOne<WeatherStation>().WithMany().HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.StationId, x.Date });
    }
}
