using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>
/// A month's production is one rule (MonthReportRules.CheckProduction) for the PUT and the import: the same input is
/// accepted by both or refused by both, with the same message, and a refusal writes nothing.
/// </summary>
public sealed class ProductionRuleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Header = "facility_code,month,carrier,quantity,unit,production_quantity,production_unit";

    [Theory]
    [InlineData("t", "-0", "t", "quantity")]
    [InlineData("t", "1000000000001", "t", "quantity")]
    [InlineData("t", "12", "kg", "unit")]
    [InlineData("t", "12", "", "unit")]
    [InlineData(null, "12", "uuuuuuuuuuuuuuuuuuuuu", "unit")] // 21 characters: the column holds 20
    [InlineData(null, "12", "t\u0001", "unit")]
    public async Task The_put_and_the_import_refuse_the_same_production_with_the_same_message(string? facilityUnit, string quantity, string unit, string part)
    {
        var admin = await api.AdminAsync();
        var (id, code) = await FacilityAsync(facilityUnit);

        var put = await admin.PutAsync($"/api/facilities/{id}/consumption/2024-02", Body(quantity, unit)).ExpectFieldErrorAsync($"production.{part}");
        var putMessage = put.GetProperty("errors").GetProperty($"production.{part}")[0].GetString();

        var response = await admin.PostAsync("/api/consumption/imports", Csv(code, quantity, unit));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var importError = (await response.JsonAsync()).GetProperty("errors").EnumerateArray()
            .Single(e => e.GetProperty("column").GetString() == $"production_{part}");
        Assert.Equal(2, importError.GetProperty("row").GetInt32());

        Assert.Equal(putMessage?.Replace("production.unit", "production_unit"), importError.GetProperty("message").GetString());
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", id));
    }

    [Theory]
    [InlineData("t", "1000000000000", "t", 1e12, "t")] // the limit itself
    [InlineData("m³", "0", "m3", 0.0, "m³")]          // m3 is written m³
    [InlineData(null, "7.5", "tấn", 7.5, "tấn")]       // no unit set on the facility: any one-line unit
    public async Task The_put_and_the_import_accept_the_same_production(string? facilityUnit, string quantity, string unit, double stored, string storedUnit)
    {
        var admin = await api.AdminAsync();
        var (id, code) = await FacilityAsync(facilityUnit);
        await admin.PutAsync($"/api/facilities/{id}/consumption/2024-02", Body(quantity, unit)).ExpectAsync(HttpStatusCode.Created);
        await admin.PostAsync("/api/consumption/imports", Csv(code, quantity, unit, "2024-03")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, await api.CountAsync(
            "SELECT count(*) FROM consumption_months WHERE facility_id = @p0 AND production_quantity = @p1 AND production_unit = @p2", id, stored, storedUnit));
    }

    private async Task<(int Id, string Code)> FacilityAsync(string? productionUnit)
    {
        var code = "PR-" + Guid.NewGuid().ToString("N")[..10];
        var id = await api.CreateFacilityAsync(code, productionUnit: productionUnit);
        return (id, code);
    }

    private static StringContent Body(string quantity, string unit) => new(
        """{"entries":[{"carrier":"electricity","quantity":1000,"unit":"kWh"}],"production":{"quantity":""" + quantity
        + ""","unit":""" + System.Text.Json.JsonSerializer.Serialize(unit) + "}}", Encoding.UTF8, "application/json");

    private static StringContent Csv(string code, string quantity, string unit, string month = "2024-02") =>
        new($"{Header}\n{code},{month},electricity,1000,kWh,{quantity},{unit}\n", Encoding.UTF8, "text/csv");
}
