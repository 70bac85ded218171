using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.SupportProjects;

/// <summary>
/// IPMVP Option C on a synthetic facility: consumption E = 0.8·D + 0.12·P (TOE, D days, P tonnes) with ±1 % wobble in
/// 2023; the works in 2024-01..02 report an absurd 900 TOE a month (so including them would be seen at once); from
/// 2024-03 the facility uses 10 % less than that relationship predicts.
/// </summary>
public sealed class VerifiedSavingsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static double Production(int i) => 300 + (80 * Math.Sin(i * 1.3)) + (6 * i);
    private static double Wobble(int i) => 1 + (0.01 * Math.Sin(i * 3.7));
    private static double Relationship(DateOnly month, double production) => (0.8 * DateTime.DaysInMonth(month.Year, month.Month)) + (0.12 * production);

    /// <summary>Writes the facility's months from 2023-01 to <paramref name="last"/>; returns the TOE written per month.</summary>
    private async Task<Dictionary<string, double>> ImportAsync(string code, DateOnly last, params string[] skip)
    {
        var csv = new StringBuilder("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n");
        var written = new Dictionary<string, double>();
        var i = 0;
        for (var m = new DateOnly(2023, 1, 1); m <= last; m = m.AddMonths(1), i++)
        {
            var p = Math.Round(Production(i), 1);
            var e = m < new DateOnly(2024, 1, 1) ? Relationship(m, p) * Wobble(i)
                : m < new DateOnly(2024, 3, 1) ? 900
                : 0.9 * Relationship(m, p) * Wobble(i);
            e = Math.Round(e, 3);
            if (skip.Contains($"{m:yyyy-MM}")) continue;
            written[$"{m:yyyy-MM}"] = e;
            csv.Append(CultureInfo.InvariantCulture, $"{code},{m:yyyy-MM},other-energy,{e},toe,{p},t\n");
        }
        var admin = await api.AdminAsync();
        await admin.PostAsync("/api/consumption/imports", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);
        return written;
    }

    private async Task<(HttpClient Analyst, int Project, Dictionary<string, double> Written)> ImplementedProjectAsync(DateOnly lastMonth)
    {
        var code = $"SAV-{Guid.NewGuid():N}"[..12];
        var facility = await api.CreateFacilityAsync(code);
        var written = await ImportAsync(code, lastMonth);
        var analyst = await api.AsAsync("analyst");
        var id = await analyst.CreateProjectAsync(SupportRequests.Project(facility, "SAVINGS", year: 2024));
        await analyst.MoveAsync(id, "approved", "2023-12-01").ExpectAsync(HttpStatusCode.OK);
        await analyst.MoveAsync(id, "implemented", "2024-02-28", "2024-01", "2024-02").ExpectAsync(HttpStatusCode.OK);
        return (analyst, id, written);
    }

    [Fact]
    public async Task Ten_percent_less_after_the_works_is_ten_percent_saved_with_an_uncertainty_and_the_works_left_out()
    {
        var (analyst, id, written) = await ImplementedProjectAsync(new DateOnly(2024, 8, 1));
        var s = await analyst.GetAsync($"/api/support-projects/{id}/savings?months=12").ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("verified", s.GetProperty("status").GetString());
        Assert.Equal(("2023-01", "2023-12"), Period(s, "baselinePeriod"));
        Assert.Equal(("2024-01", "2024-02"), Period(s, "blackout"));
        Assert.Equal(("2024-03", "2024-08"), Period(s, "reportingPeriod"));
        Assert.Equal("production", s.GetProperty("model").GetProperty("kind").GetString());
        Assert.Equal(12, s.GetProperty("metrics").GetProperty("n").GetInt32());

        var fraction = s.GetProperty("savedFraction").GetDouble();
        Assert.InRange(fraction, 0.09, 0.11);
        var uncertainty = s.GetProperty("uncertainty90").GetDouble();
        Assert.InRange(uncertainty, 1e-4, 0.5);

        // The months are the six after the works, none of the works' months; actual TOE is what was written.
        var months = s.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(["2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"], months.Select(m => m.GetProperty("month").GetString()));
        foreach (var m in months)
        {
            Assert.Equal(written[m.GetProperty("month").GetString()!], m.GetProperty("actualToe").GetDouble(), 6);
            Assert.InRange(m.GetProperty("savedToe").GetDouble() / m.GetProperty("expectedToe").GetDouble(), 0.07, 0.13);
        }
        var actual = months.Sum(m => m.GetProperty("actualToe").GetDouble());
        Assert.Equal(written.Where(w => string.CompareOrdinal(w.Key, "2024-03") >= 0).Sum(w => w.Value), actual, 6);
        Assert.Equal(months.Sum(m => m.GetProperty("savedToe").GetDouble()), s.GetProperty("savedToe").GetDouble(), 6);
        Assert.Equal(s.GetProperty("savedToe").GetDouble() / s.GetProperty("expectedToe").GetDouble(), fraction, 9);

        var chart = await analyst.GetAsync($"/api/support-projects/{id}/savings.png");
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await chart.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task Fewer_than_three_months_after_the_works_is_insufficient_data_with_the_reason()
    {
        var (analyst, id, _) = await ImplementedProjectAsync(new DateOnly(2024, 4, 1));
        var s = await analyst.GetAsync($"/api/support-projects/{id}/savings").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("insufficient-data", s.GetProperty("status").GetString());
        Assert.Contains("at least 3", s.GetProperty("reasons")[0].GetString());
        Assert.Contains("2 usable reporting month", s.GetProperty("reasons")[0].GetString());
        Assert.False(s.TryGetProperty("savedToe", out _));
        Assert.Equal(2, s.GetProperty("months").GetArrayLength());

        // With enough data, asking for only two months is the same answer.
        var (analyst2, id2, _) = await ImplementedProjectAsync(new DateOnly(2024, 8, 1));
        var two = await analyst2.GetAsync($"/api/support-projects/{id2}/savings?months=2").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("insufficient-data", two.GetProperty("status").GetString());
        var three = await analyst2.GetAsync($"/api/support-projects/{id2}/savings?months=3").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("verified", three.GetProperty("status").GetString());
        Assert.Equal(("2024-03", "2024-05"), Period(three, "reportingPeriod"));

        await analyst2.GetAsync($"/api/support-projects/{id2}/savings?months=37").ExpectFieldErrorAsync("months");
        await analyst2.GetAsync($"/api/support-projects/{id2}/savings?months=0").ExpectFieldErrorAsync("months");
        await analyst2.GetAsync($"/api/support-projects/{id2}/savings?months=twelve").ExpectFieldErrorAsync("months");
    }

    [Fact]
    public async Task A_baseline_year_with_two_months_missing_is_insufficient_data()
    {
        var code = $"GAP-{Guid.NewGuid():N}"[..12];
        var facility = await api.CreateFacilityAsync(code);
        await ImportAsync(code, new DateOnly(2024, 8, 1), "2023-05", "2023-06");
        var admin = await api.AdminAsync();
        var id = await admin.CreateProjectAsync(SupportRequests.Project(facility, "GAP", year: 2024));
        await admin.MoveAsync(id, "approved", "2023-12-01").ExpectAsync(HttpStatusCode.OK);
        await admin.MoveAsync(id, "implemented", "2024-02-28", "2024-01", "2024-02").ExpectAsync(HttpStatusCode.OK);
        var s = await admin.GetAsync($"/api/support-projects/{id}/savings").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("insufficient-data", s.GetProperty("status").GetString());
        Assert.Contains("10 of the 12 months", s.GetProperty("reasons")[0].GetString());
        Assert.False(s.TryGetProperty("model", out _));
    }

    [Fact]
    public async Task A_project_whose_works_are_not_done_is_not_implemented()
    {
        var facility = await api.CreateFacilityAsync();
        var analyst = await api.AsAsync("analyst");
        var id = await analyst.CreateProjectAsync(SupportRequests.Project(facility, "NOT-YET"));
        await analyst.MoveAsync(id, "approved", "2025-01-10").ExpectAsync(HttpStatusCode.OK);
        var s = await analyst.GetAsync($"/api/support-projects/{id}/savings").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("not-implemented", s.GetProperty("status").GetString());
        Assert.Contains("approved", s.GetProperty("reasons")[0].GetString());
        await analyst.GetAsync($"/api/support-projects/{id}/savings.png").ExpectAsync(HttpStatusCode.NotFound);
        await analyst.GetAsync("/api/support-projects/999999/savings").ExpectAsync(HttpStatusCode.NotFound);
    }

    private static (string?, string?) Period(JsonElement s, string name) =>
        (s.GetProperty(name).GetProperty("from").GetString(), s.GetProperty(name).GetProperty("to").GetString());
}
