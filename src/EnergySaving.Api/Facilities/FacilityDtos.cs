namespace EnergySaving.Api.Facilities;

/// <summary>Body of POST and PUT /api/facilities.</summary>
public sealed record FacilityRequest(
    string? Code,
    string? Name,
    string? Sector,
    string? Industry,
    string? ProductionUnit,
    string? Province,
    string? District,
    string? Commune,
    string? Address,
    string? TaxCode,
    string? WeatherStation);

public sealed record FacilityResponse(
    int Id,
    string Code,
    string Name,
    string Sector,
    string? Industry,
    string? ProductionUnit,
    string Province,
    string? District,
    string? Commune,
    string? Address,
    string? TaxCode,
    string? WeatherStation)
{
    public static FacilityResponse From(Facility f) => new(
        f.Id, f.Code, f.Name, f.Sector.ToApi(), f.Industry, f.ProductionUnit, f.Province,
        f.District, f.Commune, f.Address, f.TaxCode, f.WeatherStation);
}

public sealed record FacilityPage(IReadOnlyList<FacilityResponse> Items, int Page, int PageSize, int Total);

/// <summary>One recorded change of a facility attribute; a value that was or became empty is written as null, not left out.</summary>
public sealed record FacilityChangeResponse(DateTimeOffset ChangedAt, string ChangedBy, string Field,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] string? OldValue,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] string? NewValue);
