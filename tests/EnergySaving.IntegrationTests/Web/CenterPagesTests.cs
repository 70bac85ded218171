using EnergySaving.Api.Demo;
using Microsoft.Playwright;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>An analyst and a trainer in a real browser, on the demo data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CenterPagesTests(BrowserFixture app)
{
    private static readonly PageWaitForSelectorOptions Long = new() { Timeout = 120_000 };

    [Fact]
    public async Task An_analyst_starts_a_baseline_run_sees_it_succeed_and_sees_the_candidates_with_reasons()
    {
        var page = await app.SignedInAsync(DemoSettings.AnalystEmail);
        Assert.Contains("/overview", page.Url);
        await page.GotoAsync("/baselines/runs");
        await page.ClickAsync("main button[type=submit]");
        Assert.Contains("run=", page.Url);
        await page.WaitForSelectorAsync("[data-status=succeeded]", Long);
        Assert.Contains("120", await page.TextContentAsync("#run-status"));
        await BrowserFixture.ScreenshotAsync(page, "08-baseline-run");

        await page.GotoAsync("/support-candidates?year=2024");
        var rows = await page.QuerySelectorAllAsync("#candidates tbody tr");
        Assert.NotEmpty(rows);
        Assert.False(string.IsNullOrWhiteSpace(await rows[0].InnerTextAsync()));
        Assert.NotEmpty(await rows[0].QuerySelectorAllAsync("li")); // each candidate says why
        // ...in Vietnamese: the rule writes codes with values; the page renders each one in the page's language.
        var reasons = await page.Locator("#candidates tbody li").AllTextContentsAsync();
        Assert.Contains(reasons, r => r.Contains("TOE năm 2024 < 1.000 TOE", StringComparison.Ordinal));
        Assert.All(reasons, r => Assert.DoesNotMatch(@"\b(TOE in|reported|median of|against its baseline|Baseline model)\b", r));
        Assert.Empty(await BrowserFixture.AccessibilityProblemsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "07-support-candidates");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[download]"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("facility_id,code,name", csv.TrimStart('\uFEFF'));
        Assert.Equal(rows.Count + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // A fitted facility's page draws the baseline's expectation of each month next to what was reported.
        var fitted = (int)await app.CountAsync("SELECT min(facility_id) FROM facility_baselines WHERE status = 'fitted'");
        await page.GotoAsync($"/facilities/{fitted}?year=2024");
        var expected = await page.Locator("td[data-expected]").AllTextContentsAsync();
        Assert.Equal(12, expected.Count);
        Assert.All(expected, e => Assert.True(double.Parse(e, System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) > 0, e));

        await page.GotoAsync("/overview?year=2024");
        var topReasons = await page.Locator("main table").Last.Locator("tbody td:last-child").AllTextContentsAsync();
        Assert.NotEmpty(topReasons);
        Assert.All(topReasons, r => Assert.Contains("TOE năm 2024 < 1.000 TOE", r, StringComparison.Ordinal));
        Assert.All(topReasons, r => Assert.DoesNotMatch(@"\b(TOE in|reported|median of|against its baseline|Baseline model)\b", r));
        await BrowserFixture.ScreenshotAsync(page, "06-overview");
        await page.GotoAsync("/key-facilities?year=2024");
        var why = await page.Locator("main table tbody td:last-child").AllTextContentsAsync();
        Assert.NotEmpty(why);
        Assert.All(why, r => Assert.Matches(@"^[\d.]+,\d TOE năm 2024 ≥ [\d.]+ TOE \(ngưỡng lĩnh vực .+\)$", r));
        await BrowserFixture.ScreenshotAsync(page, "09-key-facilities");
        await page.GotoAsync("/key-facilities?year=abc");
        Assert.Equal("'abc' không phải là năm: hãy dùng năm bốn chữ số từ 1990 đến 2100.", await page.TextContentAsync("#year-error"));
        await page.GotoAsync("/facilities");
        await BrowserFixture.ScreenshotAsync(page, "02-facilities");
        await page.GotoAsync("/imports");
        await BrowserFixture.ScreenshotAsync(page, "10-imports");
    }

    [Fact]
    public async Task A_trainer_enrols_records_a_pass_with_a_certificate_the_summary_counts_it_and_a_full_course_says_so()
    {
        var facility = (int)await app.CountAsync("SELECT min(id) FROM facilities");
        var page = await app.SignedInAsync(DemoSettings.TrainerEmail);
        await page.GotoAsync("/training/courses?year=2025");
        await page.FillAsync("#course-title", "Quản lý năng lượng 2025");
        await page.SelectOptionAsync("#course-kind", "energy-manager");
        await page.FillAsync("#course-startDate", "2025-05-12");
        await page.FillAsync("#course-endDate", "2025-05-16");
        await page.FillAsync("#course-location", "Thái Bình");
        await page.FillAsync("#course-organizer", "Trung tâm Khuyến công");
        await page.FillAsync("#course-capacity", "1");
        await page.ClickAsync("main form[method=post] button[type=submit]");
        Assert.Matches(@"/training/courses/\d+$", page.Url);

        await page.FillAsync("#person-fullName", "Nguyễn Văn An");
        await page.SelectOptionAsync("#person-facilityId", facility.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#person-position", "Trưởng phòng kỹ thuật");
        await page.ClickAsync("form[action*='handler=enroll'] button[type=submit]");
        Assert.Contains("Nguyễn Văn An", await page.TextContentAsync("#participants"));

        await page.ClickAsync("#participants details summary");
        await page.CheckAsync("[id^=outcome-][id$=-attended]");
        await page.FillAsync("[id^=outcome-][id$=-examScore]", "85,5");
        await page.CheckAsync("[id^=outcome-][id$=-passed]");
        await page.FillAsync("[id^=outcome-][id$=-certificateNumber]", "QLNL-2025-0001");
        await page.FillAsync("[id^=outcome-][id$=-certificateIssuedOn]", "2025-05-20");
        await page.ClickAsync("form[action*='handler=outcome'] button[type=submit]");
        Assert.Contains("QLNL-2025-0001", await page.TextContentAsync("#participants"));
        Assert.Contains("85,5", await page.TextContentAsync("#participants"));
        Assert.Empty(await BrowserFixture.AccessibilityProblemsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "11-course");

        await page.FillAsync("#person-fullName", "Trần Thị Bình");
        await page.SelectOptionAsync("#person-facilityId", facility.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("form[action*='handler=enroll'] button[type=submit]");
        Assert.Matches(@"Khoá học \d+ đã đủ học viên \(1 người\)\.", await page.TextContentAsync("#form-error"));
        Assert.Equal("Trần Thị Bình", await page.InputValueAsync("#person-fullName"));
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM training_participants WHERE full_name IN ('Nguyễn Văn An', 'Trần Thị Bình')"));

        await page.GotoAsync("/training/courses?year=2025");
        Assert.Contains("1 khoá học, 1 học viên từ 1 cơ sở, 1 được cấp chứng chỉ", await page.TextContentAsync("#training-summary"));
        await BrowserFixture.ScreenshotAsync(page, "12-courses");
    }

    [Fact]
    public async Task An_analyst_registers_a_facility_the_errors_beside_the_fields_then_sets_its_baseline_period()
    {
        var code = $"WEB-{Guid.NewGuid():N}"[..12];
        var page = await app.SignedInAsync(DemoSettings.AnalystEmail);
        await page.GotoAsync("/facilities/new");
        await page.FillAsync("#facility-code", code);
        await page.FillAsync("#facility-province", "Thái Bình");
        await page.ClickAsync("main form[method=post] button[type=submit]");
        Assert.Equal("Cần nhập tên.", await page.TextContentAsync("#facility-name-error")); // facility.name.required, in the page's language
        Assert.Equal(code, await page.InputValueAsync("#facility-code"));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM facilities WHERE code = @p0", code));

        await page.FillAsync("#facility-name", "Nhà máy Gạch Tuynel (thử)");
        await page.FillAsync("#facility-productionUnit", "t");
        await page.ClickAsync("main form[method=post] button[type=submit]");
        Assert.Matches(@"/facilities/\d+$", page.Url);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM facilities WHERE code = @p0 AND name = 'Nhà máy Gạch Tuynel (thử)'", code));

        await page.FillAsync("#period-from", "2023-01");
        await page.FillAsync("#period-to", "2023-06");
        await page.ClickAsync("form[action*='handler=period'] button[type=submit]");
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("#period-to-error"))); // 6 months: too short
        await page.FillAsync("#period-to", "2023-12");
        await page.ClickAsync("form[action*='handler=period'] button[type=submit]");
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM baseline_periods p JOIN facilities f ON f.id = p.facility_id WHERE f.code = @p0 AND p.\"to\" = '2023-12-01'", code));

        Assert.Equal(200, (await page.GotoAsync("/compliance/energy-managers?year=2024"))!.Status);
        await BrowserFixture.ScreenshotAsync(page, "14-energy-managers");
    }
}
