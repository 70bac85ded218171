namespace EnergySaving.Api.EnergyCarriers;

/// <summary>
/// One official conversion factor, as loaded from seed-data/energy-carriers.csv. Rows are only ever
/// added (a revised factor gets a later ValidFrom), so entries that name a factor keep meaning it.
/// </summary>
public sealed class EnergyCarrierFactor
{
    public int Id { get; set; }
    public required string CarrierCode { get; set; }
    public required string Name { get; set; }
    public required string NameVi { get; set; }
    public required string Dimension { get; set; }
    public double PerQuantity { get; set; }
    public required string PerUnit { get; set; }
    public double Toe { get; set; }
    public double? MinToe { get; set; }
    public double? MaxToe { get; set; }
    public DateOnly ValidFrom { get; set; }
    public required string Source { get; set; }
}
