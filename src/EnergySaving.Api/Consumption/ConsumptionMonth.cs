namespace EnergySaving.Api.Consumption;

/// <summary>The current state of one facility-month: its latest revision, totalled. One row per facility and month.</summary>
public sealed class ConsumptionMonth
{
    public int FacilityId { get; set; }
    public DateOnly Month { get; set; }
    public int Revision { get; set; }
    public double TotalToe { get; set; }
    public double? ProductionQuantity { get; set; }
    public string? ProductionUnit { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Every submission that changed a facility-month, kept for history (1, 2, 3… per month).</summary>
public sealed class ConsumptionRevision
{
    public int FacilityId { get; set; }
    public DateOnly Month { get; set; }
    public int Revision { get; set; }
    public double TotalToe { get; set; }
    public double? ProductionQuantity { get; set; }
    public string? ProductionUnit { get; set; }
    public string? Note { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
}

/// <summary>One carrier of one revision, as reported, with the TOE and the factor that produced it.</summary>
public sealed class ConsumptionEntry
{
    public int FacilityId { get; set; }
    public DateOnly Month { get; set; }
    public int Revision { get; set; }
    public required string Carrier { get; set; }
    public double Quantity { get; set; }
    public required string Unit { get; set; }
    public double Toe { get; set; }
    public int FactorId { get; set; }
    public double? DeclaredToe { get; set; }
}
