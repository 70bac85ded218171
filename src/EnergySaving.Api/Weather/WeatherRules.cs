using System.Text.RegularExpressions;
using EnergySaving.Api.Common;
using EnergySaving.Api.Facilities;

namespace EnergySaving.Api.Weather;

/// <summary>Validation of station codes and of a station's details, reported against the field.</summary>
public static partial class WeatherRules
{
    public const int CodeMaxLength = 32;

    [GeneratedRegex(@"^[A-Za-z0-9._\-]+$")]
    private static partial Regex CodePattern();

    public static bool IsValidCode(string? code, out string message)
    {
        message = "";
        if (string.IsNullOrWhiteSpace(code)) message = "The station code is required.";
        else if (code.Length > CodeMaxLength) message = $"A station code has at most {CodeMaxLength} characters.";
        else if (!CodePattern().IsMatch(code)) message = "A station code may contain letters, digits, '.', '_' and '-' only.";
        return message.Length == 0;
    }

    public static Dictionary<string, string[]> Validate(string code, WeatherStationRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsValidCode(code, out var codeError)) errors["code"] = [codeError];
        errors.CheckText("name", r.Name, FacilityRules.TextMaxLength);
        errors.CheckText("province", r.Province, FacilityRules.ShortMaxLength);
        // A station's details are replaced whole: a body with none of them would wipe them, which no one means.
        if (string.IsNullOrWhiteSpace(r.Name) && string.IsNullOrWhiteSpace(r.Province) && r.Latitude is null && r.Longitude is null)
            errors["body"] = ["Give at least one of name, province, latitude, longitude: an empty body would erase the station's details."];
        if (r.Latitude is { } lat && !(lat >= -90 && lat <= 90)) errors["latitude"] = ["latitude must be between -90 and 90."];
        if (r.Longitude is { } lon && !(lon >= -180 && lon <= 180)) errors["longitude"] = ["longitude must be between -180 and 180."];
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
