using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.Api.Demo;
using Microsoft.Playwright;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>A facility's reporter in a real browser: sign-in, the month form, the pages they may and may not open.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReporterPagesTests(BrowserFixture app)
{
    private async Task<int[]> ReporterFacilitiesAsync()
    {
        var me = await app.WithToken(await app.LoginAsync(DemoSettings.ReporterEmail, DemoSettings.Password)).GetFromJsonAsync<JsonElement>("/api/auth/me");
        return me.GetProperty("facilityIds").EnumerateArray().Select(x => x.GetInt32()).ToArray();
    }

    [Fact]
    public async Task Signed_out_the_home_leads_to_the_sign_in_form_and_a_wrong_password_gives_a_message_and_no_session()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url);
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Đăng nhập", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Empty(await BrowserFixture.AccessibilityProblemsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "01-sign-in");

        await page.FillAsync("[name=email]", DemoSettings.ReporterEmail);
        await page.FillAsync("[name=password]", "not-the-password-1");
        await page.ClickAsync("main button[type=submit]");
        Assert.Contains("Email hoặc mật khẩu không đúng", await page.TextContentAsync("[role=alert]"));
        Assert.Equal(DemoSettings.ReporterEmail, await page.InputValueAsync("[name=email]"));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "energysaving_session");
        await page.GotoAsync("/facilities");
        Assert.Contains("/login", page.Url);
    }

    [Fact]
    public async Task A_reporter_reports_a_month_and_sees_its_TOE_in_Vietnamese_format_with_the_factor_source()
    {
        var facility = (await ReporterFacilitiesAsync())[0];
        var page = await app.SignedInAsync(DemoSettings.ReporterEmail);
        await page.GotoAsync($"/facilities/{facility}/consumption/2025-06");
        Assert.Empty(await BrowserFixture.AccessibilityProblemsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "04-month-form");

        await page.SelectOptionAsync("[name='entries[0].carrier']", "electricity");
        await page.FillAsync("[name='entries[0].quantity']", "1.000.000");
        await page.SelectOptionAsync("[name='entries[0].unit']", "kWh");
        await page.SelectOptionAsync("[name='entries[1].carrier']", "diesel");
        await page.FillAsync("[name='entries[1].quantity']", "1000");
        await page.SelectOptionAsync("[name='entries[1].unit']", "L");
        await page.ClickAsync("main button[type=submit]");

        Assert.Equal("154,3", (await page.TextContentAsync("[data-toe=electricity]"))?.Trim());
        Assert.Equal("0,88", (await page.TextContentAsync("[data-toe=diesel]"))?.Trim());
        Assert.Contains("3505", await page.TextContentAsync("#saved"));
        await BrowserFixture.ScreenshotAsync(page, "05-month-saved");

        // Opened again later: the stored entries with their TOE, factor and source, not only the quantities.
        await page.GotoAsync($"/facilities/{facility}/consumption/2025-06");
        Assert.Null(await page.QuerySelectorAsync("#saved"));
        Assert.Equal("154,3", (await page.TextContentAsync("#stored [data-toe=electricity]"))?.Trim());
        Assert.Equal("0,88", (await page.TextContentAsync("#stored [data-toe=diesel]"))?.Trim());
        Assert.Contains("3505", await page.TextContentAsync("#stored"));
        await BrowserFixture.ScreenshotAsync(page, "05b-month-reopened");

        var month = await app.WithToken(await app.LoginAsync(DemoSettings.ReporterEmail, DemoSettings.Password))
            .GetFromJsonAsync<JsonElement>($"/api/facilities/{facility}/consumption?from=2025-06&to=2025-06");
        var saved = month.GetProperty("months")[0];
        Assert.Equal(155.18, saved.GetProperty("totalToe").GetDouble(), 2);
        Assert.Equal(2, saved.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task A_negative_quantity_shows_the_error_next_to_the_field_keeps_what_was_typed_and_writes_nothing()
    {
        var facility = (await ReporterFacilitiesAsync())[0];
        var page = await app.SignedInAsync(DemoSettings.ReporterEmail);
        await page.GotoAsync($"/facilities/{facility}/consumption/2025-08");
        await page.SelectOptionAsync("[name='entries[0].carrier']", "electricity");
        await page.FillAsync("[name='entries[0].quantity']", "-5");
        await page.SelectOptionAsync("[name='entries[0].unit']", "kWh");
        await page.FillAsync("[name=note]", "hoá đơn tháng 8");
        await page.ClickAsync("main button[type=submit]");

        Assert.Equal("-5", await page.InputValueAsync("[name='entries[0].quantity']"));
        Assert.Equal("electricity", await page.InputValueAsync("[name='entries[0].carrier']"));
        Assert.Equal("hoá đơn tháng 8", await page.InputValueAsync("[name=note]"));
        Assert.Equal("true", await page.GetAttributeAsync("[name='entries[0].quantity']", "aria-invalid"));
        // The API's own rule refused it; the page says so in Vietnamese (Web/Texts/messages.tsv).
        Assert.Equal("Số lượng phải là số ≥ 0 (nhận được -5).", (await page.TextContentAsync("#entries-0-quantity-error"))!.Trim());
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0 AND month = '2025-08-01'", facility));

        await page.GotoAsync($"/facilities/{facility}/consumption/2025-08?lang=en");
        await page.SelectOptionAsync("[name='entries[0].carrier']", "electricity");
        await page.FillAsync("[name='entries[0].quantity']", "-5");
        await page.SelectOptionAsync("[name='entries[0].unit']", "kWh");
        await page.ClickAsync("main button[type=submit]");
        Assert.Equal("Quantity must be a finite number ≥ 0, got -5.", (await page.TextContentAsync("#entries-0-quantity-error"))!.Trim());
    }

    [Fact]
    public async Task A_reporter_gets_the_404_page_for_another_facility_and_the_403_page_for_the_candidates()
    {
        var own = await ReporterFacilitiesAsync();
        var other = (int)await app.CountAsync("SELECT min(id) FROM facilities WHERE NOT (id = ANY(@p0))", own);
        var page = await app.SignedInAsync(DemoSettings.ReporterEmail);

        var facilityPage = await page.GotoAsync($"/facilities/{own[0]}?year=2024");
        Assert.Equal(200, facilityPage!.Status);
        Assert.Empty(await BrowserFixture.AccessibilityProblemsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "03-facility");

        var notFound = await page.GotoAsync($"/facilities/{other}");
        Assert.Equal(404, notFound!.Status);
        Assert.Equal("Không tìm thấy", (await page.TextContentAsync("h1"))?.Trim());
        var month = await page.GotoAsync($"/facilities/{other}/consumption/2024-01");
        Assert.Equal(404, month!.Status);

        var forbidden = await page.GotoAsync("/support-candidates");
        Assert.Equal(403, forbidden!.Status);
        Assert.Equal("Không được phép", (await page.TextContentAsync("h1"))?.Trim());
    }

    [Fact]
    public async Task English_on_request_switches_labels_and_number_format_and_is_remembered()
    {
        var facility = (await ReporterFacilitiesAsync())[1];
        var page = await app.SignedInAsync(DemoSettings.ReporterEmail);
        await page.GotoAsync($"/facilities/{facility}/consumption/2025-09?lang=en");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.SelectOptionAsync("[name='entries[0].carrier']", "electricity");
        await page.FillAsync("[name='entries[0].quantity']", "1,000,000");
        await page.SelectOptionAsync("[name='entries[0].unit']", "kWh");
        await page.ClickAsync("main button[type=submit]");
        Assert.Equal("154.3", (await page.TextContentAsync("[data-toe=electricity]"))?.Trim());

        await page.GotoAsync($"/facilities/{facility}?year=2025"); // no ?lang: the cookie remembers
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Months of 2025", await page.TextContentAsync("main"));
        await page.GotoAsync($"/facilities/{facility}?year=2025&lang=vi");
        Assert.Contains("Các tháng năm 2025", await page.TextContentAsync("main"));
    }
}
