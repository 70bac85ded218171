using System.Text.RegularExpressions;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Facilities;

namespace EnergySaving.Api.Weather;

/// <summary>Validation of station codes and of a station's details, reported against the field.</summary>
public static partial class WeatherRules
{
    public const int CodeMaxLength = 32;

    [GeneratedRegex(@"^[A-Za-z0-9._\-]+$")]
    private static partial Regex CodePattern();

    public static bool IsValidCode(string? code, out Message message)
    {
        message = null!;
        if (string.IsNullOrWhiteSpace(code)) message = Message.Of("weather.code.required");
        else if (code.Length > CodeMaxLength) message = Message.Of("weather.code.too-long", ("max", CodeMaxLength));
        else if (!CodePattern().IsMatch(code)) message = Message.Of("weather.code.invalid-characters");
        return message is null;
    }

    public static FieldErrors Validate(string code, WeatherStationRequest r)
    {
        var errors = new FieldErrors();
        if (!IsValidCode(code, out var codeError)) errors.Add("code", codeError);
        errors.CheckText("name", r.Name, FacilityRules.TextMaxLength);
        errors.CheckText("province", r.Province, FacilityRules.ShortMaxLength);
        // A station's details are replaced whole: a body with none of them would wipe them, which no one means.
        if (string.IsNullOrWhiteSpace(r.Name) && string.IsNullOrWhiteSpace(r.Province) && r.Latitude is null && r.Longitude is null)
            errors.Add("body", Message.Of("weather.station.empty-body"));
        if (r.Latitude is { } lat && !(lat >= -90 && lat <= 90)) errors.Add("latitude", Message.Of("weather.latitude.out-of-range", ("min", -90), ("max", 90)));
        if (r.Longitude is { } lon && !(lon >= -180 && lon <= 180)) errors.Add("longitude", Message.Of("weather.longitude.out-of-range", ("min", -180), ("max", 180)));
        return errors;
    }

    public static void Apply(WeatherStationRequest r, WeatherStation s)
    {
        s.Name = TextChecks.Clean(r.Name);
        s.Province = TextChecks.Clean(r.Province);
        s.Latitude = r.Latitude;
        s.Longitude = r.Longitude;
    }
}
