using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.Programme;

/// <summary>A conference, workshop, training, exhibition… the center runs, with its participants (the center's annual report counts them).</summary>
public sealed class ProgrammeEvent
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public required string Topic { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public string? Commune { get; set; }
    public string? District { get; set; }
    public int Participants { get; set; }
    public string? FundingSource { get; set; }
    public long? CostVnd { get; set; }
}

public sealed record ProgrammeEventRequest(string? Kind, string? Topic, string? Title, DateOnly? Date, string? Commune, string? District,
    int? Participants, string? FundingSource, long? CostVnd);

public sealed record ProgrammeEventResponse(int Id, string Kind, string Topic, string Title, DateOnly Date, string? Commune, string? District,
    int Participants, string? FundingSource, long? CostVnd)
{
    public static ProgrammeEventResponse From(ProgrammeEvent e) =>
        new(e.Id, e.Kind, e.Topic, e.Title, e.Date, e.Commune, e.District, e.Participants, e.FundingSource, e.CostVnd);
}

internal sealed class ProgrammeEventConfiguration : IEntityTypeConfiguration<ProgrammeEvent>
{
    public void Configure(EntityTypeBuilder<ProgrammeEvent> b)
    {
        b.ToTable("programme_events", t => t.HasCheckConstraint("ck_programme_events_participants", "participants >= 0"));
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasMaxLength(16).IsRequired();
        b.Property(e => e.Topic).HasMaxLength(32).IsRequired();
        b.Property(e => e.Title).HasMaxLength(ProgrammeRules.TitleMaxLength).IsRequired();
        b.Property(e => e.Commune).HasMaxLength(ProgrammeRules.PlaceMaxLength);
        b.Property(e => e.District).HasMaxLength(ProgrammeRules.PlaceMaxLength);
        b.Property(e => e.FundingSource).HasMaxLength(16);
        b.HasIndex(e => e.Date);
    }
}
