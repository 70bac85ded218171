namespace EnergySaving.Api.Weather;

/// <summary>One day of a JSON upload or of a GET answer.</summary>
public sealed record TemperatureDay(DateOnly Date, double MeanC);

/// <summary>Answer of PUT /api/weather-stations/{code}/temperatures: how many days were written.</summary>
public sealed record TemperatureUploadResult(int Days);

public sealed record StationTemperatures(string Station, IReadOnlyList<TemperatureDay> Days);

/// <summary>Body of PUT /api/weather-stations/{code}.</summary>
public sealed record WeatherStationRequest(string? Name, string? Province, double? Latitude, double? Longitude);

public sealed record WeatherStationResponse(
    string Code, string? Name, string? Province, double? Latitude, double? Longitude,
    int Days, DateOnly? FirstDate, DateOnly? LastDate);

