using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>Input that must be refused with a 400 (or 409) naming the field, and nothing written.</summary>
public sealed class RefusedInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static object Month(double quantity, string unit = "kWh", string carrier = "electricity", object? production = null) =>
        new { entries = new[] { new { carrier, quantity, unit } }, production };

    private Task<long> MonthsOf(int facility) => api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", facility);

    [Fact]
    public async Task A_production_unit_longer_than_its_column_is_refused_on_the_facility_and_on_the_month()
    {
        var admin = await api.AdminAsync();
        var unit21 = new string('u', 21);
        await admin.PostAsJsonAsync("/api/facilities", new { code = "UNIT-21", name = "n", sector = "industry", province = "p", productionUnit = unit21 })
            .ExpectFieldErrorAsync("productionUnit");
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM facilities WHERE code = 'UNIT-21'"));

        var id = await api.CreateFacilityAsync(productionUnit: null);
        await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-02", Month(1000, production: new { quantity = 5.0, unit = unit21 }))
            .ExpectFieldErrorAsync("production.unit");
        var csv = $"facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n{await CodeOf(id)},2024-02,electricity,1000,kWh,5,{unit21}\n";
        await admin.PostAsync("/api/consumption/imports", new StringContent(csv, Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await MonthsOf(id));
    }

    [Theory]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=16777217&pageSize=256", "page")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=501", "pageSize")]
    public async Task Paging_out_of_range_is_refused(string query, string field)
    {
        var admin = await api.AdminAsync();
        await admin.GetAsync($"/api/facilities?{query}").ExpectFieldErrorAsync(field);
    }

    [Fact]
    public async Task The_last_page_within_range_answers_empty_not_page_one()
    {
        var admin = await api.AdminAsync();
        var page = await admin.GetAsync("/api/facilities?page=1000000&pageSize=500").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData(3_240_441_000, "kWh")] // just above 500,000 TOE of electricity (500,000 / 0.0001543 = 3,240,440,700.6 kWh)
    [InlineData(1e12, "kWh")] // the old inclusive limit: 154,300,000 TOE in a month
    [InlineData(500_001, "toe")]
    public async Task A_quantity_no_facility_could_reach_in_a_month_is_refused(double quantity, string unit)
    {
        var id = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var carrier = unit == "toe" ? "other-energy" : "electricity";
        await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-03", Month(quantity, unit, carrier)).ExpectFieldErrorAsync("entries[0].quantity");
        var csv = $"facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n{await CodeOf(id)},2024-03,{carrier},{quantity:R},{unit},,\n";
        await admin.PostAsync("/api/consumption/imports", new StringContent(csv, Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await MonthsOf(id));
    }

    [Fact]
    public async Task The_monthly_limit_itself_is_accepted()
    {
        var id = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var body = await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-03", Month(500_000, "toe", "other-energy")).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(500_000, body.GetProperty("totalToe").GetDouble());
    }

    [Fact]
    public async Task Minus_zero_is_refused_as_written()
    {
        var id = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        await admin.PutAsync($"/api/facilities/{id}/consumption/2024-04", new StringContent(
            """{"entries":[{"carrier":"electricity","quantity":-0,"unit":"kWh"}]}""", Encoding.UTF8, "application/json"))
            .ExpectFieldErrorAsync("entries[0].quantity");
        var csv = $"facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n{await CodeOf(id)},2024-04,electricity,-0,kWh,,\n";
        await admin.PostAsync("/api/consumption/imports", new StringContent(csv, Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await MonthsOf(id));
    }

    [Fact]
    public async Task A_consumption_csv_ending_in_blank_lines_is_accepted()
    {
        var id = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var csv = $"facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n{await CodeOf(id)},2024-05,electricity,1000,kWh,,\n\n\n";
        await admin.PostAsync("/api/consumption/imports", new StringContent(csv, Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0 AND abs(total_toe - 0.1543) < 1e-9", id));
    }

    [Fact]
    public async Task Codes_that_differ_only_in_case_conflict()
    {
        var admin = await api.AdminAsync();
        await api.CreateFacilityAsync("CASE-F1");
        var dup = await admin.PostAsJsonAsync("/api/facilities", new { code = "case-f1", name = "n", sector = "industry", province = "p" });
        Assert.Equal(HttpStatusCode.Conflict, dup.StatusCode);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM facilities WHERE lower(code) = 'case-f1'"));

        await admin.PutAsJsonAsync("/api/weather-stations/CASE-S1", new { name = "Station" }).ExpectAsync(HttpStatusCode.Created);
        var dupStation = await admin.PutAsJsonAsync("/api/weather-stations/case-s1", new { name = "Other" });
        Assert.Equal(HttpStatusCode.Conflict, dupStation.StatusCode);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM weather_stations WHERE lower(code) = 'case-s1'"));
    }

    [Fact]
    public async Task A_facility_naming_no_weather_station_is_refused()
    {
        var admin = await api.AdminAsync();
        await admin.PostAsJsonAsync("/api/facilities", new { code = "NO-STATION", name = "n", sector = "industry", province = "p", weatherStation = "NOWHERE" })
            .ExpectFieldErrorAsync("weatherStation");
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM facilities WHERE code = 'NO-STATION'"));
    }

    [Fact]
    public async Task Weather_station_details_with_control_characters_or_an_empty_body_are_refused_and_change_nothing()
    {
        var admin = await api.AdminAsync();
        await admin.PutAsJsonAsync("/api/weather-stations/CTRL-1", new { name = "Thái Bình", province = "Thái Bình", latitude = 20.45 })
            .ExpectAsync(HttpStatusCode.Created);
        await admin.PutAsJsonAsync("/api/weather-stations/CTRL-1", new { name = "Thái\u0007Bình" }).ExpectFieldErrorAsync("name");
        await admin.PutAsJsonAsync("/api/weather-stations/CTRL-1", new { name = "ok", province = "Thái\nBình" }).ExpectFieldErrorAsync("province");
        await admin.PutAsJsonAsync("/api/weather-stations/CTRL-1", new { }).ExpectFieldErrorAsync("body");
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM weather_stations WHERE code = 'CTRL-1' AND name = 'Thái Bình' AND province = 'Thái Bình' AND latitude = 20.45"));
    }

    [Fact]
    public async Task Temperature_rows_with_extra_columns_are_refused()
    {
        var admin = await api.AdminAsync();
        await admin.PutAsJsonAsync("/api/weather-stations/EXTRA-1", new { name = "Station" }).ExpectAsync(HttpStatusCode.Created);
        var response = await admin.PutAsync("/api/weather-stations/EXTRA-1/temperatures",
            new StringContent("date,mean_c\n2024-01-01,16.5\n2024-01-02,17.0,99\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("columns", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await api.CountAsync(
            "SELECT count(*) FROM daily_temperatures t JOIN weather_stations s ON s.id = t.station_id WHERE s.code = 'EXTRA-1'"));
    }

    private async Task<string> CodeOf(int id)
    {
        var admin = await api.AdminAsync();
        var facility = await admin.GetAsync($"/api/facilities/{id}").ExpectAsync(HttpStatusCode.OK);
        return facility.GetProperty("code").GetString()!;
    }
}
