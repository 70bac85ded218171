namespace EnergySaving.Api.SupportProjects;

/// <summary>A support project (khuyến công) funded for one facility: money, state and the months of its works.</summary>
public sealed class SupportProject
{
    public int Id { get; set; }
    public int FacilityId { get; set; }
    public int Year { get; set; }
    public required string Kind { get; set; }
    public required string FundingSource { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public long TotalCostVnd { get; set; }
    public long SupportVnd { get; set; }
    public required string Status { get; set; }
    /// <summary>First month of the works (first day); set when the project becomes implemented.</summary>
    public DateOnly? ImplementedFrom { get; set; }
    /// <summary>Last month of the works (first day), inclusive.</summary>
    public DateOnly? ImplementedTo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<SupportProjectChange> History { get; set; } = [];
}

/// <summary>One line of a project's history: creation, an edit or a change of state, with who, when and a note.</summary>
public sealed class SupportProjectChange
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    /// <summary>"created", "edited" or the new status.</summary>
    public required string Action { get; set; }
    /// <summary>The status after the change.</summary>
    public required string Status { get; set; }
    /// <summary>The date the change took effect, as given by the user (status changes); null for creation and edits.</summary>
    public DateOnly? On { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Note { get; set; }
}

/// <summary>A dated cap on support for one kind of project, with its legal source (seed-data/support-caps.csv).</summary>
public sealed class SupportCap
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    /// <summary>Largest share of the total cost the support may cover (0.5 = 50 %).</summary>
    public decimal MaxShare { get; set; }
    public long MaxVnd { get; set; }
    public DateOnly ValidFrom { get; set; }
    public required string Source { get; set; }
}
