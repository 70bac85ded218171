using EnergySaving.Core.Facilities;

namespace EnergySaving.Api.Facilities;

/// <summary>A facility in the province's registry (an industrial plant, a building, a transport unit…).</summary>
public sealed class Facility
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public Sector Sector { get; set; }
    public string? Industry { get; set; }
    public string? ProductionUnit { get; set; }
    public required string Province { get; set; }
    public string? District { get; set; }
    public string? Commune { get; set; }
    public string? Address { get; set; }
    public string? TaxCode { get; set; }
    public string? WeatherStation { get; set; }
}
