using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Demo;

/// <summary>
/// The record that the demo data was loaded into this database. Its presence means "never again": a restart must
/// not write the demo months, temperatures or courses over what people have corrected since.
/// </summary>
public sealed class DemoLoad
{
    public const string DataSet = "seed-data";

    public required string Name { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}

internal sealed class DemoLoadConfiguration : IEntityTypeConfiguration<DemoLoad>
{
    public void Configure(EntityTypeBuilder<DemoLoad> b)
    {
        b.ToTable("demo_loads");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(50);
    }
}
