using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.Api.Demo;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>The reporting year and the support programme in a real browser, on the demo data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingYearPagesTests(BrowserFixture app)
{
    [Fact]
    public async Task A_reporter_submits_the_annual_report_its_months_lock_and_an_analyst_returns_it_with_a_reason()
    {
        var me = await app.WithToken(await app.LoginAsync(DemoSettings.ReporterEmail, DemoSettings.Password)).GetFromJsonAsync<JsonElement>("/api/auth/me");
        var facility = me.GetProperty("facilityIds")[0].GetInt32();
        var reporter = await app.SignedInAsync(DemoSettings.ReporterEmail);
        await reporter.GotoAsync($"/facilities/{facility}/annual/2023");
        Assert.Equal("not-submitted", await reporter.GetAttributeAsync("#annual-report-status", "data-status"));
        await reporter.ClickAsync("form[action*='handler=submit'] button[type=submit]");
        Assert.Equal("submitted", await reporter.GetAttributeAsync("#annual-report-status", "data-status"));
        await BrowserFixture.ScreenshotAsync(reporter, "15-annual-report-submitted");

        // The year's months are locked: a correction is refused and nothing is written.
        var revisions = await app.CountAsync("SELECT count(*) FROM consumption_revisions WHERE facility_id = @p0", facility);
        await reporter.GotoAsync($"/facilities/{facility}/consumption/2023-05");
        await reporter.FillAsync("[name='entries[0].quantity']", "1");
        await reporter.ClickAsync("main button[type=submit]");
        // The lock's message, in Vietnamese with the month as people write it.
        Assert.Contains("Tháng 05/2023 đã khoá: báo cáo năm 2023 đã nộp", await reporter.TextContentAsync("#error-summary"));
        Assert.Equal(revisions, await app.CountAsync("SELECT count(*) FROM consumption_revisions WHERE facility_id = @p0", facility));

        var analyst = await app.SignedInAsync(DemoSettings.AnalystEmail);
        await analyst.GotoAsync("/annual-reports?year=2023");
        var row = analyst.Locator($"#board tr[data-facility='{facility}']");
        await row.Locator("select[name=decision]").SelectOptionAsync("return");
        await row.Locator("button[type=submit]").ClickAsync();
        Assert.False(string.IsNullOrWhiteSpace(await analyst.TextContentAsync("#form-error"))); // a return needs a reason
        row = analyst.Locator($"#board tr[data-facility='{facility}']");
        await row.Locator("select[name=decision]").SelectOptionAsync("return");
        await row.Locator("input[name=reason]").FillAsync("Thiếu số liệu sản lượng tháng 5");
        await row.Locator("button[type=submit]").ClickAsync();
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM annual_reports WHERE facility_id = @p0 AND year = 2023 AND status = 'returned'", facility));
        await BrowserFixture.ScreenshotAsync(analyst, "16-annual-reports-board");

        await reporter.GotoAsync($"/facilities/{facility}/annual/2023");
        Assert.Equal("returned", await reporter.GetAttributeAsync("#annual-report-status", "data-status"));
        Assert.Contains("Thiếu số liệu sản lượng tháng 5", await reporter.TextContentAsync("main"));

        await analyst.GotoAsync("/reporting/completeness?year=2024");
        Assert.NotEmpty(await analyst.QuerySelectorAllAsync("#completeness td.month-reported"));
        await BrowserFixture.ScreenshotAsync(analyst, "17-completeness");
        await analyst.GotoAsync("/data-quality?year=2024");
        Assert.NotEmpty(await analyst.QuerySelectorAllAsync("#findings tr[data-code=unit-slip]")); // planted in the demo
        await BrowserFixture.ScreenshotAsync(analyst, "18-data-quality");
    }

    [Fact]
    public async Task An_analyst_proposes_a_project_from_the_candidates_moves_it_to_implemented_and_sees_its_savings()
    {
        var analyst = await app.SignedInAsync(DemoSettings.AnalystEmail);
        await analyst.GotoAsync("/baselines/runs");
        await analyst.ClickAsync("main button[type=submit]");
        await analyst.WaitForSelectorAsync("[data-status=succeeded]", new() { Timeout = 120_000 });

        await analyst.GotoAsync("/support-candidates?year=2024");
        await analyst.ClickAsync("a[data-propose]");
        Assert.Contains("/support-projects", analyst.Url);
        Assert.False(string.IsNullOrWhiteSpace(await analyst.InputValueAsync("#project-facilityId")));
        await analyst.FillAsync("#project-title", "Thay máy nén khí biến tần");
        await analyst.SelectOptionAsync("#project-kind", "equipment");
        await analyst.SelectOptionAsync("#project-fundingSource", "local");
        await analyst.FillAsync("#project-totalCostVnd", "800.000.000");
        await analyst.FillAsync("#project-supportVnd", "200.000.000");
        await analyst.ClickAsync("main form[method=post] button[type=submit]");
        Assert.Matches(@"/support-projects/\d+(#.*)?$", analyst.Url);
        Assert.Equal("proposed", await analyst.GetAttributeAsync("#project-status", "data-status"));

        await analyst.SelectOptionAsync("#status-status", "approved");
        await analyst.ClickAsync("form[action*='handler=status'] button[type=submit]");
        Assert.Equal("approved", await analyst.GetAttributeAsync("#project-status", "data-status"));

        await analyst.SelectOptionAsync("#status-status", "implemented");
        await analyst.FillAsync("#status-implementedFrom", "2025-01");
        await analyst.FillAsync("#status-implementedTo", "2025-02");
        await analyst.ClickAsync("form[action*='handler=status'] button[type=submit]");
        Assert.Equal("implemented", await analyst.GetAttributeAsync("#project-status", "data-status"));
        Assert.NotNull(await analyst.GetAttributeAsync("#savings-status", "data-status"));
        Assert.NotEqual("not-implemented", await analyst.GetAttributeAsync("#savings-status", "data-status"));
        Assert.Empty(await BrowserFixture.AccessibilityProblemsAsync(analyst));
        await BrowserFixture.ScreenshotAsync(analyst, "19-support-project");

        await analyst.GotoAsync("/reports/center-annual?year=2023");
        Assert.Contains("45", await analyst.TextContentAsync("#report-training"));
        Assert.Contains("39", await analyst.TextContentAsync("#report-training"));
        var download = await analyst.RunAndWaitForDownloadAsync(() => analyst.ClickAsync("#download-docx"));
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal((byte)'P', bytes[0]); // a zip package: the Word document
        await BrowserFixture.ScreenshotAsync(analyst, "20-center-annual-report");
    }
}
