using System.Net;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Baselines;

/// <summary>
/// Hand-checked year 2024 (every month equal, production 500 t a month = 6,000 t a year):
/// ceramics C1 46 TOE/month = 552 TOE → SEC 0.092; C2 35 → 0.07; C3 40 → 0.08; K2 100 TOE and 1,250 t a month → 0.08.
/// Median of 0.07, 0.08, 0.08, 0.092 = 0.08. C1: (0.092 − 0.08) × 6,000 = 72 TOE, 0.012/0.08 = 15 % above.
/// Key 2024: B1 building 600 ≥ 500 (new), K1 1,200 (key in 2023 too), K2 1,200 (840 in 2023: new).
/// C4 has 11 months: listed apart. P1 (paper) has no peers: score 0.
/// </summary>
public sealed class AnnualFlagsTests(BaselinesFixture api) : IClassFixture<BaselinesFixture>
{
    private async Task YearAsync(int id, int year, double toe, double production, int months = 12)
    {
        for (var m = 1; m <= months; m++) await api.MonthAsync(id, new DateOnly(year, m, 1), toe, production);
    }

    [Fact]
    public async Task Key_facilities_and_candidates_match_the_hand_checked_year()
    {
        var c1 = await api.FacilityAsync("AF-C1");
        var c2 = await api.FacilityAsync("AF-C2");
        var c3 = await api.FacilityAsync("AF-C3");
        var c4 = await api.FacilityAsync("AF-C4");
        var p1 = await api.FacilityAsync("AF-P1", industry: "paper");
        var k1 = await api.FacilityAsync("AF-K1", industry: "textiles");
        var k2 = await api.FacilityAsync("AF-K2");
        var b1 = await api.FacilityAsync("AF-B1", sector: "building", industry: null);
        await YearAsync(c1, 2024, 46, 500);
        await YearAsync(c2, 2024, 35, 500);
        await YearAsync(c3, 2024, 40, 500);
        await YearAsync(c4, 2024, 40, 500, months: 11);
        await YearAsync(p1, 2024, 30, 500);
        await YearAsync(k1, 2023, 100, 500);
        await YearAsync(k1, 2024, 100, 500);
        await YearAsync(k2, 2023, 70, 1250);
        await YearAsync(k2, 2024, 100, 1250);
        await YearAsync(b1, 2024, 50, 0);
        Assert.Equal("succeeded", (await api.RunAsync()).GetProperty("status").GetString());

        var analyst = await api.AsAsync("analyst");
        var keys = await analyst.GetAsync("/api/key-facilities?year=2024").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2024, keys.GetProperty("year").GetInt32());
        var items = keys.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["AF-B1", "AF-K1", "AF-K2"], items.Select(i => i.GetProperty("code").GetString()));
        Assert.Equal([600.0, 1200.0, 1200.0], items.Select(i => Math.Round(i.GetProperty("annualToe").GetDouble(), 9)));
        Assert.Equal([500.0, 1000.0, 1000.0], items.Select(i => i.GetProperty("threshold").GetDouble()));
        Assert.Equal([true, false, true], items.Select(i => i.GetProperty("newThisYear").GetBoolean()));
        Assert.Equal(["building", "industry", "industry"], items.Select(i => i.GetProperty("sector").GetString()));
        Assert.Equal(b1, items[0].GetProperty("facilityId").GetInt32());
        var keys2023 = await analyst.GetAsync("/api/key-facilities?year=2023").ExpectAsync(HttpStatusCode.OK);
        var only = Assert.Single(keys2023.GetProperty("items").EnumerateArray());
        Assert.Equal(("AF-K1", true), (only.GetProperty("code").GetString(), only.GetProperty("newThisYear").GetBoolean()));

        var candidates = await analyst.GetAsync("/api/support-candidates?year=2024").ExpectAsync(HttpStatusCode.OK);
        var list = candidates.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["AF-C1", "AF-C2", "AF-C3", "AF-P1"], list.Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(72.0, list[0].GetProperty("score").GetDouble(), 6);
        Assert.Equal(72.0, list[0].GetProperty("estimatedSavingsToe").GetDouble(), 6);
        Assert.Equal("ceramics", list[0].GetProperty("industry").GetString());
        Assert.Equal(552.0, list[0].GetProperty("annualToe").GetDouble(), 9);
        var reasons = list[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal("552.0 TOE in 2024 < 1,000 TOE", reasons[0]);
        Assert.Equal("SEC 0.092 TOE/t is 15 % above the median of 4 ceramics facilities (0.08 TOE/t): 72.0 TOE could be saved at the median", reasons[1]);
        Assert.Equal("No baseline savings for 2024: no trend against its baseline.", reasons[2]);
        Assert.Equal("All 12 months of 2024 reported.", reasons[^1]);
        Assert.All(list.Skip(1), i => Assert.Equal(0, i.GetProperty("score").GetDouble()));
        Assert.False(list[1].TryGetProperty("estimatedSavingsToe", out _));
        Assert.Contains("SEC 0.07 TOE/t is at or below the median of 4 ceramics facilities (0.08 TOE/t)",
            list[1].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("Only 1 paper facilities report t production for all of 2024: no SEC comparison (at least 3 needed).",
            list[3].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var apart = Assert.Single(candidates.GetProperty("insufficientData").EnumerateArray());
        Assert.Equal((c4, 11), (apart.GetProperty("facilityId").GetInt32(), apart.GetProperty("monthsReported").GetInt32()));

        var empty = await analyst.GetAsync("/api/support-candidates?year=2019").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, empty.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/key-facilities")]
    [InlineData("/api/key-facilities?year=abc")]
    [InlineData("/api/key-facilities?year=1989")]
    [InlineData("/api/support-candidates?year=")]
    [InlineData("/api/support-candidates?year=99999999999")]
    [InlineData("/api/support-candidates?year=-2024")]
    public async Task Year_is_validated(string url)
    {
        var admin = await api.AdminAsync();
        await admin.GetAsync(url).ExpectFieldErrorAsync("year");
    }

    /// <summary>
    /// A run rewrites a year's flags by difference: a row whose values did not change keeps its computed_at, a changed
    /// row is updated, a row of a facility without data in the year any more is removed, and nothing else is touched.
    /// </summary>
    [Fact]
    public async Task A_rerun_writes_only_the_flags_that_changed()
    {
        // Different industries: no facility is the other's peer, so one's change cannot move the other's flags.
        var same = await api.FacilityAsync("AF-DIFF-SAME", industry: "glass");
        var changed = await api.FacilityAsync("AF-DIFF-CHANGED", industry: "cement");
        var gone = await api.FacilityAsync("AF-DIFF-GONE", industry: "rubber");
        await YearAsync(same, 2020, 40, 500);
        await YearAsync(changed, 2020, 40, 500);
        Assert.Equal("succeeded", (await api.RunAsync()).GetProperty("status").GetString());
        const string computedAt = "SELECT (extract(epoch FROM computed_at) * 1000000)::bigint FROM annual_flags WHERE year = 2020 AND facility_id = @p0";
        var sameAt = await api.CountAsync(computedAt, same);
        var changedAt = await api.CountAsync(computedAt, changed);
        // A row left over from data that no longer exists (as after months were removed by hand).
        await api.CountAsync("""
            INSERT INTO annual_flags (year, facility_id, annual_toe, months_reported, is_key, threshold, new_this_year, key_reason,
                                      is_candidate, candidate_insufficient_data, reasons, computed_at)
            VALUES (2020, @p0, 5, 1, false, 1000, false, 'stale', false, true, '[]', now()) RETURNING 1
            """, gone);

        await api.MonthAsync(changed, new DateOnly(2020, 6, 1), 52, 500);
        Assert.Equal("succeeded", (await api.RunAsync()).GetProperty("status").GetString());

        Assert.Equal(sameAt, await api.CountAsync(computedAt, same));
        Assert.True(await api.CountAsync(computedAt, changed) > changedAt);
        Assert.Equal(492, await api.CountAsync("SELECT annual_toe::bigint FROM annual_flags WHERE year = 2020 AND facility_id = @p0", changed));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM annual_flags WHERE year = 2020 AND facility_id = @p0", gone));
        Assert.Equal(2, await api.CountAsync("SELECT count(*) FROM annual_flags WHERE year = 2020 AND facility_id IN (@p0, @p1, @p2)", same, changed, gone));
    }
}
