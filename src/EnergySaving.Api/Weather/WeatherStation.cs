namespace EnergySaving.Api.Weather;

/// <summary>A weather station named by its code; facilities refer to it by that code.</summary>
public sealed class WeatherStation
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public string? Name { get; set; }
    public string? Province { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>When temperatures were last uploaded: the nightly baseline run refits the station's facilities after it.</summary>
    public DateTimeOffset? TemperaturesUpdatedAt { get; set; }
}

/// <summary>One station's daily mean air temperature (°C) on one date.</summary>
public sealed class DailyTemperature
{
    public int StationId { get; set; }
    public DateOnly Date { get; set; }
    public double MeanC { get; set; }
}
