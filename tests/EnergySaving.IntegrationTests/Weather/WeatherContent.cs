using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace EnergySaving.IntegrationTests.Weather;

internal static class WeatherContent
{
    public static StringContent Csv(string body) => new(body, Encoding.UTF8, "text/csv");

    public static JsonContent Json(object body) => JsonContent.Create(body);

    public static StringContent RawJson(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>"date,mean_c" then one row per day from <paramref name="first"/>, temperature = f(i).</summary>
    public static string CsvDays(DateOnly first, int days, Func<int, double> meanC)
    {
        var sb = new StringBuilder("date,mean_c\n");
        for (var i = 0; i < days; i++)
            sb.Append(first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
              .Append(meanC(i).ToString(CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The (row, column) pairs of a 400 upload answer, in order.</summary>
    public static List<(int? Row, string? Column)> RowErrors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray()
            .Select(e => (
                e.TryGetProperty("row", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : (int?)null,
                e.TryGetProperty("column", out var c) ? c.GetString() : null))
            .ToList();
}
