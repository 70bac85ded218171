using System.Globalization;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Weather;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;

namespace EnergySaving.Api.Demo;

/// <summary>
/// Loads seed-data/weather-stations.csv (station details) and seed-data/weather/{code}.csv (daily
/// means) through the upload's own validation and upsert; running it again changes nothing.
/// </summary>
public static class DemoWeather
{
    public static async Task<int> LoadAsync(EnergySavingDbContext db, string seedFolder, TimeProvider clock, CancellationToken ct = default)
    {
        var stationsPath = Path.Combine(seedFolder, "weather-stations.csv");
        if (File.Exists(stationsPath))
        {
            using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(stationsPath);
            foreach (var row in reader)
            {
                var code = row["code"].ToString().Trim();
                var request = new WeatherStationRequest(row["name"].ToString(), row["province"].ToString(),
                    ParseOptional(row["latitude"].ToString()), ParseOptional(row["longitude"].ToString()));
                var errors = WeatherRules.Validate(code, request);
                if (errors.Count > 0)
                    throw new InvalidDataException($"{stationsPath} line {row.LineNumberFrom}: {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}"))}");
                var station = await db.WeatherStations.FirstOrDefaultAsync(s => s.Code == code, ct);
                if (station is null) db.WeatherStations.Add(station = new WeatherStation { Code = code });
                WeatherRules.Apply(request, station);
            }
            await db.SaveChangesAsync(ct);
        }

        var days = 0;
        var folder = Path.Combine(seedFolder, "weather");
        if (!Directory.Exists(folder)) return days;
        var today = Common.ProvinceClock.Today(clock);
        foreach (var path in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(path);
            if (!WeatherRules.IsValidCode(code, out var codeError)) throw new InvalidDataException($"{path}: {codeError}");
            var parsed = TemperatureUpload.ParseCsv(await File.ReadAllTextAsync(path, ct), today);
            if (parsed.Errors.Count > 0)
                throw new InvalidDataException($"{path}: {string.Join("; ", parsed.Errors.Take(5).Select(e => $"row {e.Row} {e.Column}: {e.Message}"))}");
            await WeatherStore.UpsertTemperaturesAsync(db, code, parsed.Dates, parsed.MeansC, DemoConsumption.SubmittedBy, clock.GetUtcNow(), ct);
            days += parsed.Dates.Count;
        }
        return days;
    }

    private static double? ParseOptional(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
