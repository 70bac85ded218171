using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.ReportingYear;

/// <summary>Months written through the real CSV import, for the reporting-year tests.</summary>
public static class ReportingData
{
    public const string Header = "facility_code,month,carrier,quantity,unit,production_quantity,production_unit";

    public sealed record Row(string Month, string Carrier, double Quantity, string Unit, double? Production = null, string? ProductionUnit = "t");

    public static string Csv(string code, IEnumerable<Row> rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var r in rows)
            text.Append(CultureInfo.InvariantCulture, $"{code},{r.Month},{r.Carrier},{r.Quantity.ToString("R", CultureInfo.InvariantCulture)},{r.Unit},{r.Production?.ToString("R", CultureInfo.InvariantCulture)},{(r.Production is null ? "" : r.ProductionUnit)}\n");
        return text.ToString();
    }

    public static async Task<System.Text.Json.JsonElement> ImportAsync(HttpClient client, string code, IEnumerable<Row> rows, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var content = new StringContent(Csv(code, rows), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await client.PostAsync("/api/consumption/imports", content).ExpectAsync(expected);
    }

    /// <summary>Every month of a year with the same electricity (kWh) and production.</summary>
    public static IEnumerable<Row> Year(int year, double kWh, double? production = 100) =>
        Enumerable.Range(1, 12).Select(m => new Row($"{year}-{m:00}", "electricity", kWh, "kWh", production));

    public static async Task<(int Id, string Code)> FacilityAsync(ApiFixture api, string? industry = "ceramics", string sector = "industry")
    {
        var code = $"RY-{Guid.NewGuid():N}"[..14];
        return (await api.CreateFacilityAsync(code, sector, industry), code);
    }
}
