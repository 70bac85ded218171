using EnergySaving.Api.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Reminders;

/// <summary>
/// A reminder e-mail, one per facility, kind and period: the unique key is what keeps it from being
/// sent twice, even when two Hangfire servers run the daily job at the same moment (only the one
/// whose insert succeeds sends).
/// </summary>
public sealed class Reminder
{
    public long Id { get; set; }
    public int FacilityId { get; set; }
    /// <summary>"monthly" (period "YYYY-MM") or "annual" (period "YYYY").</summary>
    public string Kind { get; set; } = "";
    public string Period { get; set; } = "";
    /// <summary>The recipients, comma-separated.</summary>
    public string To { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? Error { get; set; }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.ToTable("reminders");
        b.HasKey(x => x.Id);
        b.HasOne<Facility>().WithMany().HasForeignKey(x => x.FacilityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.FacilityId, x.Kind, x.Period }).IsUnique();
        b.HasIndex(x => x.CreatedAt);
        b.Property(x => x.Kind).HasMaxLength(10);
        b.Property(x => x.Period).HasMaxLength(7);
        b.Property(x => x.Error).HasMaxLength(2000);
    }
}
