using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Consumption;

public sealed class ConsumptionReportingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static object Report(params object[] entries) => new { entries };

    private static object Entry(string carrier, double quantity, string unit) => new { carrier, quantity, unit };

    [Theory]
    [InlineData("electricity", 1_000_000, "kWh", 154.3)]
    [InlineData("electricity", 2, "MWh", 0.3086)]
    [InlineData("electricity", 0.001, "GWh", 0.1543)]
    [InlineData("diesel", 1_000, "L", 0.88)]
    [InlineData("diesel", 3, "t", 3.06)]
    [InlineData("diesel", 2.5, "m³", 2.2)]
    [InlineData("diesel", 2.5, "m3", 2.2)]
    [InlineData("coal-fines-3-4", 10, "t", 6.0)]
    [InlineData("coal-fines-1-2", 500, "kg", 0.35)]
    [InlineData("coal-fines-5-6", 10, "t", 5.0)]
    [InlineData("coke", 2, "t", 1.4)]
    [InlineData("fuel-oil", 1, "t", 0.99)]
    [InlineData("fuel-oil", 2_000, "L", 1.88)]
    [InlineData("lpg", 2, "t", 2.18)]
    [InlineData("natural-gas", 1_000, "m³", 0.9)]
    [InlineData("gasoline", 1_000, "L", 0.83)]
    [InlineData("gasoline", 1, "t", 1.05)]
    [InlineData("jet-fuel", 1, "t", 1.05)]
    [InlineData("biomass", 50, "GJ", 1.1942294831375)]
    [InlineData("biomass", 1, "Gcal", 0.1)]
    [InlineData("steam-heat", 41.868, "GJ", 1.0)]
    [InlineData("other-energy", 2.5, "toe", 2.5)]
    public async Task Each_carrier_and_unit_converts_with_the_official_factor(string carrier, double quantity, string unit, double expectedToe)
    {
        var id = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var body = await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-03", Report(Entry(carrier, quantity, unit)))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(expectedToe, body.GetProperty("totalToe").GetDouble(), 9);
        var entry = body.GetProperty("entries")[0];
        Assert.Equal(expectedToe, entry.GetProperty("toe").GetDouble(), 9);
        Assert.Equal("2011-04-19", entry.GetProperty("factor").GetProperty("validFrom").GetString());
        Assert.Equal(expectedToe, await ToeInDatabase(id, "2024-03-01"), 9);
    }

    [Fact]
    public async Task Corrections_keep_every_revision_and_the_same_content_changes_nothing()
    {
        var id = await api.CreateFacilityAsync(productionUnit: "t");
        var analyst = await api.AsAsync("analyst");
        var url = $"/api/facilities/{id}/consumption/2024-01";
        var first = new { entries = new[] { Entry("electricity", 100_000, "kWh") }, production = new { quantity = 120.0, unit = "t" }, note = "first" };

        var created = await analyst.PutAsJsonAsync(url, first).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(1, created.GetProperty("revision").GetInt32());
        Assert.Equal(15.43, created.GetProperty("totalToe").GetDouble(), 9);

        var again = await analyst.PutAsJsonAsync(url, first).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, again.GetProperty("revision").GetInt32());
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_revisions WHERE facility_id = @p0", id));

        var corrected = await analyst.PutAsJsonAsync(url, new
        {
            entries = new[] { Entry("electricity", 110_000, "kWh"), Entry("diesel", 1_000, "L") },
            production = new { quantity = 120.0, unit = "t" },
            note = "bill corrected",
        }).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, corrected.GetProperty("revision").GetInt32());
        Assert.Equal(16.973 + 0.88, corrected.GetProperty("totalToe").GetDouble(), 9);

        var revisions = await analyst.GetAsync($"{url}/revisions").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([1, 2], revisions.EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()));
        Assert.Equal(15.43, revisions[0].GetProperty("totalToe").GetDouble(), 9);
        Assert.Equal("first", revisions[0].GetProperty("note").GetString());
        Assert.StartsWith("analyst", revisions[1].GetProperty("submittedBy").GetString());
        Assert.Equal(2, revisions[1].GetProperty("entries").GetArrayLength());

        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0 AND revision = 2", id));
        // The replaced revision moved to the history whole; the current one holds both carriers.
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM consumption_revisions WHERE facility_id = @p0 AND revision = 1 AND quantities = '{100000}'", id));
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0 AND carriers = '{diesel,electricity}'", id));
    }

    [Fact]
    public async Task Months_list_and_annual_totals_with_key_status_and_sec()
    {
        var id = await api.CreateFacilityAsync(productionUnit: "t");
        var admin = await api.AdminAsync();
        for (var m = 1; m <= 12; m++)
            await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2023-{m:00}", new
            {
                entries = new[] { Entry("electricity", 500_000, "kWh"), Entry("coal-fines-3-4", 10, "t") },
                production = new { quantity = 100.0, unit = "t" },
            }).ExpectAsync(HttpStatusCode.Created);

        // 12 × (77.15 + 6.0) = 997.8 TOE: just under the threshold.
        var annual = await admin.GetAsync($"/api/facilities/{id}/annual/2023").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(997.8, annual.GetProperty("totalToe").GetDouble(), 6);
        Assert.Equal(12, annual.GetProperty("monthsReported").GetInt32());
        Assert.False(annual.GetProperty("isKeyFacility").GetBoolean());
        Assert.Equal("997.8 TOE in 2023 < 1,000 TOE (industry)", annual.GetProperty("keyFacilityReason").GetString());
        var byCarrier = annual.GetProperty("byCarrier").EnumerateArray().ToDictionary(c => c.GetProperty("carrier").GetString()!, c => c.GetProperty("toe").GetDouble());
        Assert.Equal(925.8, byCarrier["electricity"], 6);
        Assert.Equal(72.0, byCarrier["coal-fines-3-4"], 6);
        Assert.Equal(997.8 / 1200, annual.GetProperty("sec").GetProperty("value").GetDouble(), 9);

        // One correction pushes the year over 1,000 TOE.
        await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2023-12", new
        {
            entries = new[] { Entry("electricity", 520_000, "kWh"), Entry("coal-fines-3-4", 10, "t") },
            production = new { quantity = 100.0, unit = "t" },
        }).ExpectAsync(HttpStatusCode.OK);
        annual = await admin.GetAsync($"/api/facilities/{id}/annual/2023").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1000.886, annual.GetProperty("totalToe").GetDouble(), 6);
        Assert.True(annual.GetProperty("isKeyFacility").GetBoolean());

        var months = await admin.GetAsync($"/api/facilities/{id}/consumption?from=2023-03&to=2023-05").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["2023-03", "2023-04", "2023-05"], months.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));

        var partial = await admin.GetAsync($"/api/facilities/{id}/annual/2024").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, partial.GetProperty("monthsReported").GetInt32());
        Assert.False(partial.GetProperty("isKeyFacility").GetBoolean());
    }

    public static TheoryData<string, string, string> Rejections => new()
    {
        { "2024-02", """{"entries":[{"carrier":"coal","quantity":1,"unit":"t"}]}""", "entries[0].carrier" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"t"}]}""", "entries[0].unit" },
        { "2024-02", """{"entries":[{"carrier":"coal-fines-3-4","quantity":1,"unit":"kWh"}]}""", "entries[0].unit" },
        { "2024-02", """{"entries":[{"carrier":"natural-gas","quantity":1,"unit":"kg"}]}""", "entries[0].unit" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"furlong"}]}""", "entries[0].unit" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":-5,"unit":"kWh"}]}""", "entries[0].quantity" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":1e300,"unit":"kWh"}]}""", "entries[0].quantity" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":"NaN","unit":"kWh"}]}""", "entries[0].quantity" },
        { "2024-02", """{"entries":[{"carrier":"electricity","unit":"kWh"}]}""", "entries[0].quantity" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"kWh"},{"carrier":"electricity","quantity":2,"unit":"MWh"}]}""", "entries[1].carrier" },
        { "2024-02", """{"entries":[]}""", "entries" },
        { "2024-02", """{"entries":[{"carrier":"coke","quantity":1,"unit":"t","declaredToe":0.9}]}""", "entries[0].declaredToe" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"kWh"}],"production":{"quantity":5,"unit":"hl"}}""", "production.unit" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"kWh"}],"production":{"quantity":-1,"unit":"t"}}""", "production.quantity" },
        { "2024-02", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"kWh"}],"note":"a\u0000b"}""", "note" },
        { "2099-01", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"kWh"}]}""", "month" },
        { "2024-13", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"kWh"}]}""", "month" },
        { "24-01", """{"entries":[{"carrier":"electricity","quantity":1,"unit":"kWh"}]}""", "month" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task Every_rejection_names_the_field_and_writes_nothing(string month, string json, string field)
    {
        var id = await api.CreateFacilityAsync(productionUnit: "t");
        var admin = await api.AdminAsync();
        var before = await api.CountAsync("SELECT (SELECT count(*) FROM consumption_revisions) + (SELECT count(*) FROM consumption_months)");
        var problem = await admin.PutAsync($"/api/facilities/{id}/consumption/{month}", new StringContent(json, Encoding.UTF8, "application/json"))
            .ExpectFieldErrorAsync(field);
        Assert.Equal(before, await api.CountAsync("SELECT (SELECT count(*) FROM consumption_revisions) + (SELECT count(*) FROM consumption_months)"));
        if (field.EndsWith("carrier", StringComparison.Ordinal) && json.Contains("\"coal\""))
            Assert.Contains("coal-fines-3-4", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        if (json.Contains("\"kWh\"}]}") && field.EndsWith("unit", StringComparison.Ordinal))
            Assert.Contains("accepted", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unit_message_lists_the_carriers_units()
    {
        var id = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var problem = await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-02", Report(Entry("coal-fines-3-4", 1, "kWh")))
            .ExpectFieldErrorAsync("entries[0].unit");
        Assert.Contains("t, kg", problem.GetProperty("errors").GetProperty("entries[0].unit")[0].GetString());
    }

    [Fact]
    public async Task Reporter_writes_and_reads_own_facility_and_is_refused_on_every_route_of_another()
    {
        var own = await api.CreateFacilityAsync();
        var other = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        await admin.PutAsJsonAsync($"/api/facilities/{other}/consumption/2024-01", Report(Entry("electricity", 1000, "kWh"))).ExpectAsync(HttpStatusCode.Created);
        var reporter = await api.AsAsync("reporter", own);

        await reporter.PutAsJsonAsync($"/api/facilities/{own}/consumption/2024-01", Report(Entry("electricity", 1000, "kWh"))).ExpectAsync(HttpStatusCode.Created);
        await reporter.GetAsync($"/api/facilities/{own}/consumption").ExpectAsync(HttpStatusCode.OK);
        await reporter.GetAsync($"/api/facilities/{own}/consumption/2024-01/revisions").ExpectAsync(HttpStatusCode.OK);
        await reporter.GetAsync($"/api/facilities/{own}/annual/2024").ExpectAsync(HttpStatusCode.OK);

        var refused = new[]
        {
            await reporter.PutAsJsonAsync($"/api/facilities/{other}/consumption/2024-01", Report(Entry("electricity", 5, "kWh"))),
            await reporter.GetAsync($"/api/facilities/{other}/consumption"),
            await reporter.GetAsync($"/api/facilities/{other}/consumption/2024-01/revisions"),
            await reporter.GetAsync($"/api/facilities/{other}/annual/2024"),
        };
        foreach (var response in refused)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("totalToe", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(1, await api.CountAsync("SELECT revision FROM consumption_months WHERE facility_id = @p0", other));
    }

    [Fact]
    public async Task Trainers_cannot_read_or_write_consumption()
    {
        var id = await api.CreateFacilityAsync();
        var trainer = await api.AsAsync("trainer");
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-01", Report(Entry("electricity", 1, "kWh")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync($"/api/facilities/{id}/consumption")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync($"/api/facilities/{id}/annual/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync($"/api/facilities/{id}/consumption")).StatusCode);
    }

    [Fact]
    public async Task Fifty_concurrent_puts_of_one_month_leave_one_current_row_and_every_revision()
    {
        var id = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var url = $"/api/facilities/{id}/consumption/2024-06";
        // 25 distinct contents, each sent twice: every distinct content change makes a revision; repeats may or may not.
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            admin.PutAsJsonAsync(url, Report(Entry("electricity", 1000 + i % 25, "kWh")))));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);

        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", id));
        // History (earlier revisions) plus the current one: 1..n without gaps or duplicates.
        const string all = "SELECT revision, quantities FROM consumption_revisions WHERE facility_id = @p0 UNION ALL SELECT revision, quantities FROM consumption_months WHERE facility_id = @p0";
        var revisions = await api.CountAsync($"SELECT count(*) FROM ({all}) r", id);
        var maxRevision = await api.CountAsync($"SELECT max(revision) FROM ({all}) r", id);
        Assert.Equal(revisions, await api.CountAsync($"SELECT count(DISTINCT revision) FROM ({all}) r", id));
        Assert.Equal(revisions, maxRevision);
        Assert.InRange(revisions, 25, 50);
        Assert.Equal(maxRevision, await api.CountAsync("SELECT revision FROM consumption_months WHERE facility_id = @p0", id));
        // Every distinct content reached the history.
        Assert.Equal(25, await api.CountAsync($"SELECT count(DISTINCT quantities) FROM ({all}) r", id));
    }

    [Fact]
    public async Task Energy_carriers_are_served_from_the_database()
    {
        var reporter = await api.AsAsync("reporter", await api.CreateFacilityAsync());
        var carriers = await reporter.GetAsync("/api/energy-carriers").ExpectAsync(HttpStatusCode.OK);
        var diesel = carriers.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "diesel");
        Assert.Equal("Dầu DO", diesel.GetProperty("nameVi").GetString());
        Assert.Equal(["mass", "volume"], diesel.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()));
        var perLitre = diesel.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("per").GetProperty("unit").GetString() == "L");
        Assert.Equal(0.88, perLitre.GetProperty("toe").GetDouble());
        Assert.Equal(1000, perLitre.GetProperty("per").GetProperty("quantity").GetDouble());
        var coke = carriers.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "coke").GetProperty("factors")[0];
        Assert.Equal(0.75, coke.GetProperty("max").GetDouble());
        Assert.Equal(17, await api.CountAsync("SELECT count(*) FROM energy_carrier_factors"));
    }

    private async Task<double> ToeInDatabase(int facilityId, string month)
    {
        await using var conn = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT total_toe FROM consumption_months WHERE facility_id = @f AND month = @m::date", conn);
        cmd.Parameters.AddWithValue("f", facilityId);
        cmd.Parameters.AddWithValue("m", month);
        return (double)(await cmd.ExecuteScalarAsync())!;
    }
}
