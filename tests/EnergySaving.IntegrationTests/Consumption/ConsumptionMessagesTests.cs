using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using static EnergySaving.IntegrationTests.ReportingYear.ReportingData;

namespace EnergySaving.IntegrationTests.Consumption;

/// <summary>
/// A month's PUT, an import's row errors and the data-quality findings speak the request's language: the same codes
/// and arguments with and without Accept-Language: vi, the texts in Vietnamese with it (Content-Language says
/// which), and a refused write changes nothing. Expected sentences written by hand from messages.tsv.
/// </summary>
public sealed class ConsumptionMessagesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static async Task<(HttpStatusCode Status, string? Language, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent content, bool vi)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (vi) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentLanguage.SingleOrDefault(), JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task A_negative_quantity_answers_the_same_codes_in_both_languages_and_writes_nothing()
    {
        var (id, _) = await FacilityAsync(api);
        var admin = await api.AdminAsync();
        object Body() => new { entries = new object[] { new { carrier = "electricity", quantity = -5.5, unit = "kWh" }, new { carrier = "coal", quantity = 1, unit = "t" } } };
        var url = $"/api/facilities/{id}/consumption/2024-05";

        var en = await SendAsync(admin, HttpMethod.Put, url, JsonContent.Create(Body()), vi: false);
        var vi = await SendAsync(admin, HttpMethod.Put, url, JsonContent.Create(Body()), vi: true);

        Assert.Equal(HttpStatusCode.BadRequest, en.Status);
        Assert.Equal(HttpStatusCode.BadRequest, vi.Status);
        Assert.Equal("en", en.Language);
        Assert.Equal("vi", vi.Language);
        Assert.Equal(en.Body.GetProperty("errorCodes").GetRawText(), vi.Body.GetProperty("errorCodes").GetRawText());
        var quantity = en.Body.GetProperty("errorCodes").GetProperty("entries[0].quantity")[0];
        Assert.Equal("energy.quantity.negative", quantity.GetProperty("code").GetString());
        Assert.Equal(-5.5, quantity.GetProperty("args").GetProperty("quantity").GetDouble());
        Assert.Equal("Quantity must be a finite number ≥ 0, got -5.5.", en.Body.GetProperty("errors").GetProperty("entries[0].quantity")[0].GetString());
        Assert.Equal("Số lượng phải là số ≥ 0 (nhận được -5,5).", vi.Body.GetProperty("errors").GetProperty("entries[0].quantity")[0].GetString());
        Assert.Equal("consumption.carrier.unknown", en.Body.GetProperty("errorCodes").GetProperty("entries[1].carrier")[0].GetProperty("code").GetString());
        Assert.StartsWith("Không có loại năng lượng 'coal'.", vi.Body.GetProperty("errors").GetProperty("entries[1].carrier")[0].GetString());
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", id));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_revisions WHERE facility_id = @p0", id));
    }

    [Fact]
    public async Task An_import_s_row_errors_carry_codes_and_read_in_the_request_s_language()
    {
        var (id, code) = await FacilityAsync(api);
        var admin = await api.AdminAsync();
        var csv = "facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n" +
                  $"{code},2024-01,electricity,1000,kWh,,\n" +
                  $"{code},2024-02,electricity,1.234,5,kWh,,\n" +
                  "NO-SUCH-PLANT,2024-03,electricity,1000,kWh,,\n";
        StringContent Csv() => new(csv, Encoding.UTF8, "text/csv");

        var en = await SendAsync(admin, HttpMethod.Post, "/api/consumption/imports", Csv(), vi: false);
        var vi = await SendAsync(admin, HttpMethod.Post, "/api/consumption/imports", Csv(), vi: true);

        Assert.Equal(HttpStatusCode.BadRequest, en.Status);
        Assert.Equal("vi", vi.Language);
        string Codes(JsonElement body) => string.Join("\n", body.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("row")} {e.GetProperty("column")} {e.GetProperty("code").GetString()} {(e.TryGetProperty("args", out var a) ? a.GetRawText() : "")}"));
        Assert.Equal(Codes(en.Body), Codes(vi.Body));
        var unknown = vi.Body.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "import.facility-code.unknown");
        Assert.Equal(4, unknown.GetProperty("row").GetInt32());
        Assert.Equal("Không có cơ sở mã 'NO-SUCH-PLANT'.", unknown.GetProperty("message").GetString());
        Assert.Contains(en.Body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString() == "Unknown facility code 'NO-SUCH-PLANT'.");
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", id));
    }

    [Fact]
    public async Task A_finding_answers_its_code_and_arguments_and_a_Vietnamese_message()
    {
        var (id, code) = await FacilityAsync(api, industry: $"dq-{Guid.NewGuid():N}");
        var analyst = await api.AsAsync("analyst");
        var rows = Enumerable.Range(0, 12).Select(i => new Row($"2025-{i + 1:00}", "electricity", i == 8 ? 1617.8 : 400, "MWh", 50)).ToList();
        await ImportAsync(analyst, code, rows);
        var url = $"/api/data-quality?year=2025&facilityId={id}&code=spike";

        var en = await SendAsync(analyst, HttpMethod.Get, url, new StringContent(""), vi: false);
        var vi = await SendAsync(analyst, HttpMethod.Get, url, new StringContent(""), vi: true);

        var enSpike = en.Body.GetProperty("items").EnumerateArray().Single();
        var viSpike = vi.Body.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("spike", viSpike.GetProperty("code").GetString());
        Assert.Equal(enSpike.GetProperty("args").GetRawText(), viSpike.GetProperty("args").GetRawText());
        // The official factor is 0.1543 TOE/MWh: 1,617.8 MWh is 249.62654 TOE, 400 MWh is 61.72 TOE, 249.62654 / 61.72 = 4.04.
        Assert.Equal("249.627 TOE is 4 × the median of the previous 8 months (61.72 TOE).", enSpike.GetProperty("message").GetString());
        Assert.Equal("249,627 TOE gấp 4 lần trung vị của 8 tháng trước (61,72 TOE).", viSpike.GetProperty("message").GetString());
    }
}
