using System.Net;
using EnergySaving.Api.Demo;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergySaving.IntegrationTests.ReportingYear;

public sealed class DemoReportingYearTests(DemoFixture api) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task The_demo_year_2024_has_reports_in_every_state_planted_anomalies_and_reminders_and_loads_once()
    {
        var analyst = await api.AsAsync("analyst");
        var board = await analyst.GetAsync("/api/annual-reports?year=2024").ExpectAsync(HttpStatusCode.OK);
        var counts = board.GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("accepted").GetInt32());
        Assert.Equal(1, counts.GetProperty("returned").GetInt32());
        Assert.Equal(1, counts.GetProperty("submitted").GetInt32());
        Assert.True(counts.GetProperty("notSubmitted").GetInt32() >= 1);
        // Deadline 2025-01-15 has passed: every not-submitted and the returned one are overdue; the submitted one waits past its review date.
        Assert.Equal(counts.GetProperty("notSubmitted").GetInt32() + 1, counts.GetProperty("overdue").GetInt32());
        Assert.Equal(1, counts.GetProperty("reviewOverdue").GetInt32());
        var returned = board.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("status").GetString() == "returned");
        var report = await analyst.GetAsync($"/api/facilities/{returned.GetProperty("facilityId").GetInt32()}/annual-reports/2024").ExpectAsync(HttpStatusCode.OK);
        Assert.Contains("tháng 3", report.GetProperty("history")[1].GetProperty("reason").GetString());

        var findings = (await analyst.GetAsync("/api/data-quality?year=2024").ExpectAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        var slip = Assert.Single(findings, f => f.GetProperty("code").GetString() == "unit-slip");
        Assert.Equal("2024-06", slip.GetProperty("month").GetString());
        Assert.Contains("MWh reported as kWh?", slip.GetProperty("message").GetString());
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "spike" && f.GetProperty("month").GetString() == "2024-09");
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "zero-production" && f.GetProperty("month").GetString() == "2024-11");

        var reminders = (await analyst.GetAsync("/api/reminders?from=2025-01-01&to=2025-01-31").ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(board.GetProperty("items").GetArrayLength(), reminders.Count(r => r.GetProperty("kind").GetString() == "annual"));

        var completeness = await analyst.GetAsync("/api/reporting/completeness?year=2024").ExpectAsync(HttpStatusCode.OK);
        var states = completeness.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("months").EnumerateArray().Select(m => m.GetString())).ToList();
        Assert.Contains("reported", states);
        Assert.Contains("late", states);

        // Loading again adds nothing and is not refused by the locked months.
        var reportsBefore = await api.CountAsync("SELECT count(*) FROM annual_reports");
        await api.Services.LoadDemoDataAsync(api.Services.GetRequiredService<IHostEnvironment>(), NullLogger.Instance);
        Assert.Equal(reportsBefore, await api.CountAsync("SELECT count(*) FROM annual_reports"));
        Assert.Equal(reminders.Count, await api.CountAsync("SELECT count(*) FROM reminders WHERE created_at < '2025-02-01'"));
    }
}
