namespace EnergySaving.Api.Consumption;

/// <summary>
/// The reported content of one facility-month: its entries as parallel arrays sorted by carrier
/// (carrier, quantity and unit as reported; TOE and the factor that produced it), production and note.
/// A month is written whole, read whole and compared whole, so one row per month keeps a
/// million-row import to a few hundred thousand row writes.
/// </summary>
public abstract class MonthContent
{
    public int FacilityId { get; set; }
    public DateOnly Month { get; set; }
    public int Revision { get; set; }
    public double TotalToe { get; set; }
    public double? ProductionQuantity { get; set; }
    public string? ProductionUnit { get; set; }
    public string? Note { get; set; }
    public string[] Carriers { get; set; } = [];
    public double[] Quantities { get; set; } = [];
    public string[] Units { get; set; } = [];
    public double[] Toes { get; set; } = [];
    public int[] FactorIds { get; set; } = [];
    public double?[] DeclaredToes { get; set; } = [];
    public string SubmittedBy { get; set; } = "";

    /// <summary>When this revision was submitted: for the current month, the time its data last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The current revision of each facility-month; the primary key (facility, month) serialises writers.</summary>
public sealed class ConsumptionMonth : MonthContent;

/// <summary>Earlier revisions, moved here when a correction replaces them: nothing reported is ever lost.</summary>
public sealed class ConsumptionRevision : MonthContent;
