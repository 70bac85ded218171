using EnergySaving.Api.Demo;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>An admin in a real browser: accounts, and the job dashboard opened by the web session.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPagesTests(BrowserFixture app)
{
    [Fact]
    public async Task An_admin_creates_a_reporter_who_signs_in_then_disables_them_and_their_session_ends()
    {
        var facility = (int)await app.CountAsync("SELECT min(id) FROM facilities");
        var email = $"bao.cao.{Guid.NewGuid():N}"[..20] + "@demo.example";
        var admin = await app.SignedInAsync(ApiFixture.AdminEmail, ApiFixture.Password);
        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("#create-email", email);
        await admin.FillAsync("#create-password", "short");
        await admin.SelectOptionAsync("#create-role", "reporter");
        await admin.FillAsync("#create-facilityIds", facility.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.ClickAsync("form[action*='handler=create'] button[type=submit]");
        Assert.Equal("Mật khẩu cần ít nhất 12 ký tự.", await admin.TextContentAsync("#create-password-error")); // account.password.too-short
        Assert.Equal(email, await admin.InputValueAsync("#create-email"));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM users WHERE email = @p0", email));

        await admin.FillAsync("#create-password", "Bao-cao-thang-2025");
        await admin.ClickAsync("form[action*='handler=create'] button[type=submit]");
        Assert.Contains(email, await admin.TextContentAsync("#users"));
        await BrowserFixture.ScreenshotAsync(admin, "13-accounts");

        var reporter = await app.SignedInAsync(email, "Bao-cao-thang-2025");
        Assert.Equal(200, (await reporter.GotoAsync($"/facilities/{facility}"))!.Status);

        var row = admin.Locator("#users tr", new() { HasText = email });
        await row.Locator("summary").ClickAsync();
        await row.Locator("input[name=disabled]").CheckAsync();
        await row.Locator("form[action*='handler=update'] button[type=submit]").ClickAsync();
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM users WHERE email = @p0 AND lockout_end > now() + interval '100 years'", email));

        await reporter.GotoAsync($"/facilities/{facility}");
        Assert.Contains("/login", reporter.Url);
    }

    [Fact]
    public async Task The_job_dashboard_opens_with_an_admin_session_and_refuses_an_analyst_session()
    {
        var admin = await app.SignedInAsync(ApiFixture.AdminEmail, ApiFixture.Password);
        var dashboard = await admin.GotoAsync("/hangfire");
        Assert.Equal(200, dashboard!.Status);
        Assert.DoesNotContain("access_token", admin.Url);

        var analyst = await app.SignedInAsync(DemoSettings.AnalystEmail);
        Assert.Equal(403, (await analyst.GotoAsync("/hangfire"))!.Status);
    }
}
