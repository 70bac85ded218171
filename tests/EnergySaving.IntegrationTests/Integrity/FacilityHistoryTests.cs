using System.Net;
using System.Net.Http.Json;
using EnergySaving.Api.Baselines;
using EnergySaving.IntegrationTests.Baselines;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>Changing a facility is recorded (who, when, old, new) and never relabels the past silently.</summary>
public sealed class FacilityHistoryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static object Body(string code, string sector = "industry", string? unit = "t", string name = "Gạch Tiền Hải") =>
        new { code, name, sector, industry = "ceramics", productionUnit = unit, province = "Thái Bình" };

    [Fact]
    public async Task Every_changed_attribute_is_recorded_with_who_and_the_old_and_new_value()
    {
        var id = await api.CreateFacilityAsync("HIST-1", productionUnit: "t");
        var analyst = await api.AsAsync("analyst");
        await analyst.PutAsJsonAsync($"/api/facilities/{id}", Body("HIST-1", sector: "building", name: "Gạch Tiền Hải 2")).ExpectAsync(HttpStatusCode.OK);

        var changes = await analyst.GetAsync($"/api/facilities/{id}/changes").ExpectAsync(HttpStatusCode.OK);
        var rows = changes.EnumerateArray().Select(c => (
            Field: c.GetProperty("field").GetString(), Old: c.GetProperty("oldValue").GetString(), New: c.GetProperty("newValue").GetString(),
            By: c.GetProperty("changedBy").GetString())).OrderBy(c => c.Field).ToList();
        // CreateFacilityAsync sets district "Kiến Xương", the body none: three attributes changed.
        Assert.Equal([("district", "Kiến Xương", null), ("name", "Facility HIST-1", "Gạch Tiền Hải 2"), ("sector", "industry", "building")],
            rows.Select(r => (r.Field, r.Old, r.New)));
        Assert.All(rows, r => Assert.StartsWith("analyst", r.By));
        Assert.Equal(3, await api.CountAsync("SELECT count(*) FROM facility_changes WHERE facility_id = @p0", id));
    }

    [Fact]
    public async Task The_production_unit_cannot_change_while_months_report_production_in_it()
    {
        var id = await api.CreateFacilityAsync("HIST-UNIT", productionUnit: "t");
        var admin = await api.AdminAsync();
        await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-01", new
        {
            entries = new[] { new { carrier = "electricity", quantity = 100_000.0, unit = "kWh" } },
            production = new { quantity = 120.0, unit = "t" },
        }).ExpectAsync(HttpStatusCode.Created);

        var refused = await admin.PutAsJsonAsync($"/api/facilities/{id}", Body("HIST-UNIT", unit: "m³")).ExpectFieldErrorAsync("productionUnit");
        Assert.Contains("1 reported month(s) have production in 't'", refused.GetProperty("errors").GetProperty("productionUnit")[0].GetString());
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM facilities WHERE id = @p0 AND production_unit = 't'", id));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM facility_changes WHERE facility_id = @p0", id));
        // The annual SEC still reads TOE per t.
        var annual = await admin.GetAsync($"/api/facilities/{id}/annual/2024").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("TOE/t", annual.GetProperty("sec").GetProperty("unit").GetString());

        // Without production in the old unit the change is allowed, and recorded.
        var other = await api.CreateFacilityAsync("HIST-UNIT2", productionUnit: "t");
        await admin.PutAsJsonAsync($"/api/facilities/{other}", Body("HIST-UNIT2", unit: "m³")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM facility_changes WHERE facility_id = @p0 AND field = 'productionUnit' AND old_value = 't' AND new_value = 'm³'", other));
    }
}

/// <summary>Annual figures use the attributes in force for the year, and the one SEC definition.</summary>
public sealed class AnnualFiguresInForceTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task MonthAsync(int id, string month, double toe, double? production)
    {
        var admin = await api.AdminAsync();
        var response = await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/{month}", new
        {
            entries = new[] { new { carrier = "other-energy", quantity = toe, unit = "toe" } },
            production = production is { } p ? new { quantity = p, unit = "t" } : null,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Changing_the_sector_now_does_not_change_last_years_key_facility_threshold()
    {
        var id = await api.CreateFacilityAsync("INFORCE-1", sector: "industry");
        for (var m = 1; m <= 12; m++) await MonthAsync(id, $"2024-{m:00}", 50, null); // 600 TOE in 2024
        var admin = await api.AdminAsync();
        await admin.PutAsJsonAsync($"/api/facilities/{id}", new
        {
            code = "INFORCE-1", name = "Facility INFORCE-1", sector = "building", industry = "ceramics", productionUnit = "t", province = "Thái Bình",
        }).ExpectAsync(HttpStatusCode.OK);

        var annual = await admin.GetAsync($"/api/facilities/{id}/annual/2024").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(600, annual.GetProperty("totalToe").GetDouble(), 9);
        Assert.Equal(1000, annual.GetProperty("threshold").GetDouble()); // industry in 2024, not building's 500
        Assert.False(annual.GetProperty("isKeyFacility").GetBoolean());
    }

    [Fact]
    public async Task Annual_sec_counts_every_month_with_production_reported_even_zero()
    {
        var id = await api.CreateFacilityAsync("SEC-ZERO", productionUnit: "t");
        await MonthAsync(id, "2023-01", 10, 100);
        await MonthAsync(id, "2023-02", 5, 0); // reported: no production that month, its 5 TOE still count
        await MonthAsync(id, "2023-03", 7, null); // not reported: left out
        var admin = await api.AdminAsync();
        var annual = await admin.GetAsync($"/api/facilities/{id}/annual/2023").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(15.0 / 100, annual.GetProperty("sec").GetProperty("value").GetDouble(), 12);
        Assert.Equal(100, annual.GetProperty("sec").GetProperty("production").GetDouble());
    }
}

/// <summary>Editing what a baseline depends on (the weather station) makes the nightly run take the facility up again.</summary>
public sealed class FacilityEditRefitTests(BaselinesFixture api) : IClassFixture<BaselinesFixture>
{
    [Fact]
    public async Task Changing_the_weather_station_makes_the_nightly_run_refit_the_facility()
    {
        await api.StationAsync("EDIT-ST", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
        var id = await api.FacilityAsync("EDIT-1");
        for (var m = 1; m <= 12; m++) await api.MonthAsync(id, new DateOnly(2023, m, 1), 30 + m, 300 + (7 * m));
        await api.RunAsync(new { facilityIds = new[] { id } });
        Assert.DoesNotContain(id, await ChangedAsync());

        var admin = await api.AdminAsync();
        await admin.PutAsJsonAsync($"/api/facilities/{id}", new
        {
            code = "EDIT-1", name = "Facility EDIT-1", sector = "industry", industry = "ceramics", productionUnit = "t",
            province = "Thái Bình", weatherStation = "EDIT-ST",
        }).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(id, await ChangedAsync());
    }

    private async Task<List<int>> ChangedAsync()
    {
        List<int> ids = [];
        await api.WithDbAsync(async db => ids = await BaselineInputs.ChangedSinceLastBaseline(db).ToListAsync());
        return ids;
    }
}
