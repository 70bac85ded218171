using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using static EnergySaving.IntegrationTests.ReportingYear.ReportingData;

namespace EnergySaving.IntegrationTests.ReportingYear;

public sealed class DataQualityTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>
    /// 2024-01..2025-12 with 100 MWh of electricity and 50 t a month, except the planted anomalies of 2025
    /// (every window median is 100 MWh: one odd month never moves a median of 11 or 12).
    /// </summary>
    private static IEnumerable<Row> Planted()
    {
        for (var d = new DateOnly(2024, 1, 1); d <= new DateOnly(2025, 12, 1); d = d.AddMonths(1))
        {
            var month = d.ToString("yyyy-MM");
            switch (month)
            {
                case "2025-03": yield return new Row(month, "electricity", 100_000, "MWh", 50); break; // kWh figure typed as MWh
                case "2025-05": yield return new Row(month, "electricity", 400, "MWh", 50); break;     // 4 × the median
                case "2025-07": yield return new Row(month, "electricity", 20, "MWh", 50); break;      // a fifth of it
                case "2025-09": yield return new Row(month, "electricity", 100, "MWh", 0); break;      // no production
                case "2025-10":
                    yield return new Row(month, "electricity", 100, "MWh", 50);
                    yield return new Row(month, "diesel", 1000, "L", 50);                            // first diesel
                    break;
                case "2025-11": break;                                                                 // not reported
                default: yield return new Row(month, "electricity", 100, "MWh", 50); break;
            }
        }
    }

    private static IEnumerable<Row> Clean()
    {
        var i = 0;
        for (var d = new DateOnly(2024, 1, 1); d <= new DateOnly(2025, 12, 1); d = d.AddMonths(1), i++)
            yield return new Row(d.ToString("yyyy-MM"), "electricity", 100 + 7 * (i % 4), "MWh", 50 + i % 3);
    }

    private async Task<List<JsonElement>> FindingsAsync(HttpClient client, int facilityId, bool includeDismissed = false) =>
        (await client.GetAsync($"/api/data-quality?year=2025&facilityId={facilityId}&includeDismissed={includeDismissed}").ExpectAsync(HttpStatusCode.OK))
        .GetProperty("items").EnumerateArray().ToList();

    private static string Key(JsonElement f) =>
        $"{f.GetProperty("month").GetString()} {f.GetProperty("code").GetString()}{(f.TryGetProperty("carrier", out var c) ? " " + c.GetString() : "")}";

    [Fact]
    public async Task Each_code_is_found_on_planted_data_and_the_unit_slip_names_the_likely_unit()
    {
        var (id, code) = await FacilityAsync(api, industry: $"dq-{Guid.NewGuid():N}");
        var analyst = await api.AsAsync("analyst");
        await ImportAsync(analyst, code, Planted());

        var findings = await FindingsAsync(analyst, id);
        Assert.Equal(
            ["2025-03 spike", "2025-03 unit-slip electricity", "2025-05 spike", "2025-07 drop", "2025-09 zero-production",
             "2025-10 new-carrier diesel", "2025-11 missing-month"],
            findings.Select(Key).Order(StringComparer.Ordinal));
        var slip = findings.Single(f => f.GetProperty("code").GetString() == "unit-slip");
        Assert.Contains("1,000 × usual", slip.GetProperty("message").GetString());
        Assert.Contains("kWh reported as MWh?", slip.GetProperty("message").GetString());
        Assert.Equal("warning", slip.GetProperty("severity").GetString());
        Assert.Equal("info", findings.Single(f => f.GetProperty("code").GetString() == "new-carrier").GetProperty("severity").GetString());

        var onlySpikes = (await analyst.GetAsync($"/api/data-quality?year=2025&facilityId={id}&code=spike").ExpectAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(Key).ToList();
        Assert.Equal(["2025-03 spike", "2025-05 spike"], onlySpikes);
        await analyst.GetAsync("/api/data-quality?year=2025&code=nonsense").ExpectFieldErrorAsync("code");
    }

    [Fact]
    public async Task A_slip_to_a_thousandth_names_the_larger_unit()
    {
        var (id, code) = await FacilityAsync(api, industry: $"dq-{Guid.NewGuid():N}");
        var analyst = await api.AsAsync("analyst");
        var rows = Clean().Where(r => r.Month != "2025-04").Append(new Row("2025-04", "electricity", 0.1, "MWh", 50));
        await ImportAsync(analyst, code, rows);
        var findings = await FindingsAsync(analyst, id);
        var slip = Assert.Single(findings, f => f.GetProperty("code").GetString() == "unit-slip");
        Assert.Equal("2025-04", slip.GetProperty("month").GetString());
        Assert.Contains("GWh reported as MWh?", slip.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Clean_data_has_no_findings()
    {
        var (id, code) = await FacilityAsync(api, industry: $"dq-{Guid.NewGuid():N}");
        var analyst = await api.AsAsync("analyst");
        var import = await ImportAsync(analyst, code, Clean());
        Assert.Empty(import.GetProperty("warnings").EnumerateArray());
        Assert.Empty(await FindingsAsync(analyst, id));
    }

    [Fact]
    public async Task Sec_outliers_against_five_or_more_peers()
    {
        var industry = $"sec-{Guid.NewGuid():N}";
        var admin = await api.AdminAsync();
        var ids = new List<int>();
        // Six peers: five at 100 MWh for 50 t, one at 100 MWh for 5 t (SEC ten times higher). Q1 = Q3, IQR = 0.
        for (var i = 0; i < 6; i++)
        {
            var (id, code) = await FacilityAsync(api, industry);
            ids.Add(id);
            await ImportAsync(admin, code, Enumerable.Range(1, 12).Select(m => new Row($"2025-{m:00}", "electricity", 100, "MWh", i == 5 ? 5 : 50)));
        }
        var outliers = (await admin.GetAsync("/api/data-quality?year=2025&code=sec-outlier").ExpectAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Where(f => ids.Contains(f.GetProperty("facilityId").GetInt32())).ToList();
        var outlier = Assert.Single(outliers);
        Assert.Equal(ids[5], outlier.GetProperty("facilityId").GetInt32());
        Assert.Equal("2025", outlier.GetProperty("month").GetString());
        Assert.Equal("info", outlier.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task A_dismissed_finding_stays_dismissed_until_the_month_changes()
    {
        var (id, code) = await FacilityAsync(api, industry: $"dq-{Guid.NewGuid():N}");
        var analyst = await api.AsAsync("analyst");
        await ImportAsync(analyst, code, Planted());
        var drop = (await FindingsAsync(analyst, id)).Single(f => f.GetProperty("code").GetString() == "drop");
        var findingId = drop.GetProperty("id").GetString()!;

        var reporter = await api.AsAsync("reporter", id);
        await reporter.PostAsJsonAsync($"/api/data-quality/{findingId}/dismiss", new { reason = "x" }).ExpectAsync(HttpStatusCode.Forbidden);
        await analyst.PostAsJsonAsync($"/api/data-quality/{findingId}/dismiss", new { reason = " " }).ExpectFieldErrorAsync("reason");
        await analyst.PostAsJsonAsync($"/api/data-quality/{id}.2025-08.drop/dismiss", new { reason = "x" }).ExpectAsync(HttpStatusCode.NotFound);
        await analyst.PostAsJsonAsync("/api/data-quality/garbage/dismiss", new { reason = "x" }).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM data_quality_dismissals WHERE facility_id = @p0", id));

        var dismissed = await analyst.PostAsJsonAsync($"/api/data-quality/{findingId}/dismiss", new { reason = "Plant shut for maintenance" })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.True(dismissed.GetProperty("dismissed").GetBoolean());
        Assert.DoesNotContain(await FindingsAsync(analyst, id), f => f.GetProperty("id").GetString() == findingId);
        var withDismissed = (await FindingsAsync(analyst, id, includeDismissed: true)).Single(f => f.GetProperty("id").GetString() == findingId);
        Assert.Equal("Plant shut for maintenance", withDismissed.GetProperty("dismissedReason").GetString());

        // The same content again changes nothing; a correction that is still a drop brings the finding back.
        await analyst.PutAsJsonAsync($"/api/facilities/{id}/consumption/2025-07",
            new { entries = new[] { new { carrier = "electricity", quantity = 20.0, unit = "MWh" } }, production = new { quantity = 50.0, unit = "t" } })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(await FindingsAsync(analyst, id), f => f.GetProperty("id").GetString() == findingId);
        var corrected = await analyst.PutAsJsonAsync($"/api/facilities/{id}/consumption/2025-07",
            new { entries = new[] { new { carrier = "electricity", quantity = 21.0, unit = "MWh" } }, production = new { quantity = 50.0, unit = "t" } })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("drop", Assert.Single(corrected.GetProperty("warnings").EnumerateArray()).GetProperty("code").GetString());
        var back = (await FindingsAsync(analyst, id)).Single(f => f.GetProperty("id").GetString() == findingId);
        Assert.False(back.GetProperty("dismissed").GetBoolean());
    }

    [Fact]
    public async Task Puts_and_imports_answer_warnings_and_are_never_refused_for_them()
    {
        var (id, code) = await FacilityAsync(api, industry: $"dq-{Guid.NewGuid():N}");
        var analyst = await api.AsAsync("analyst");
        await ImportAsync(analyst, code, Clean().Where(r => r.Month != "2025-12"));

        var calm = await analyst.PutAsJsonAsync($"/api/facilities/{id}/consumption/2025-12",
            new { entries = new[] { new { carrier = "electricity", quantity = 105.0, unit = "MWh" } }, production = new { quantity = 50.0, unit = "t" } })
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Empty(calm.GetProperty("warnings").EnumerateArray());

        var slip = await analyst.PutAsJsonAsync($"/api/facilities/{id}/consumption/2025-12",
            new { entries = new[] { new { carrier = "electricity", quantity = 105_000.0, unit = "MWh" } }, production = new { quantity = 50.0, unit = "t" } })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, slip.GetProperty("revision").GetInt32());
        Assert.Equal(["spike", "unit-slip"], slip.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Order());
        Assert.All(slip.GetProperty("warnings").EnumerateArray(), w => Assert.Equal("2025-12", w.GetProperty("month").GetString()));

        var import = await ImportAsync(analyst, code, [new Row("2025-11", "electricity", 500, "MWh", 0)]);
        Assert.Equal(1, import.GetProperty("monthsWritten").GetInt32());
        Assert.Equal(["spike", "zero-production"], import.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Order());
    }

    [Fact]
    public async Task Reporters_see_their_own_findings_only_and_exports_hold_the_same_rows()
    {
        var (own, ownCode) = await FacilityAsync(api, industry: $"dq-{Guid.NewGuid():N}");
        var (other, otherCode) = await FacilityAsync(api, industry: $"dq-{Guid.NewGuid():N}");
        var admin = await api.AdminAsync();
        await ImportAsync(admin, ownCode, Planted());
        await ImportAsync(admin, otherCode, Planted());
        var reporter = await api.AsAsync("reporter", own);

        var all = (await reporter.GetAsync("/api/data-quality?year=2025").ExpectAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(7, all.Count);
        Assert.All(all, f => Assert.Equal(own, f.GetProperty("facilityId").GetInt32()));
        await reporter.GetAsync($"/api/data-quality?year=2025&facilityId={other}").ExpectAsync(HttpStatusCode.NotFound);

        var csv = (await reporter.GetStringAsync("/api/data-quality?year=2025&format=csv")).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(all.Count + 1, csv.Length);
        Assert.StartsWith("id,facility_id,month,code", csv[0]);
        var xlsx = Xlsx.Rows(await reporter.GetByteArrayAsync("/api/data-quality?year=2025&format=xlsx"));
        Assert.Equal(all.Count + 1, xlsx.Count);
        Assert.Equal(all.Select(f => f.GetProperty("id").GetString()), xlsx.Skip(1).Select(r => r[0]));
        await reporter.GetAsync("/api/data-quality?year=2025&format=pdf").ExpectFieldErrorAsync("format");
    }
}
