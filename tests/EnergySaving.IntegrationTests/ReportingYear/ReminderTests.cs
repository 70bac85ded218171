using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Reminders;
using EnergySaving.Api.Web;
using EnergySaving.Core.Messages;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EnergySaving.IntegrationTests.ReportingYear.ReportingData;

namespace EnergySaving.IntegrationTests.ReportingYear;

/// <summary>The service with its mail settings pointing at an in-process SMTP server.</summary>
public sealed class MailFixture : ApiFixture
{
    public SmtpSink Smtp { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("EnergySaving:Mail:Host", "127.0.0.1"),
        new("EnergySaving:Mail:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture)),
        new("EnergySaving:Mail:From", "Trung tâm Khuyến công <khuyencong@test.example>"),
        new("EnergySaving:Mail:LinkBaseUrl", "https://energy.test.example"),
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class ReminderTests(MailFixture api) : IClassFixture<MailFixture>
{
    /// <summary>The latest month whose due date (the 20th of the next month) has passed, today in Vietnam.</summary>
    private static DateOnly LatestDueMonth()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return today > new DateOnly(today.Year, today.Month, 20) ? month : month.AddMonths(-1);
    }

    [Fact]
    public async Task A_missing_month_is_reminded_once_over_smtp_even_when_two_servers_run_the_job_at_once()
    {
        var (id, code) = await FacilityAsync(api);
        var missing = LatestDueMonth();
        var admin = await api.AdminAsync();
        await ImportAsync(admin, code, Enumerable.Range(1, 6).Select(i => new Row(missing.AddMonths(-i).ToString("yyyy-MM"), "electricity", 1000, "kWh")));
        await api.AsAsync("reporter", id);

        // Two runs at the same moment, as two Hangfire servers would; then a third the next day.
        async Task<ReminderJob.RunSummary> RunAsync()
        {
            await using var scope = api.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(CancellationToken.None);
        }
        var runs = await Task.WhenAll(RunAsync(), RunAsync());
        // Other tests' facilities may be reminded too; what matters is that nothing created was sent twice or lost.
        Assert.Equal(runs.Sum(r => r.Created), runs.Sum(r => r.Sent));
        await admin.PostAsync("/api/reminders/run", null).ExpectAsync(HttpStatusCode.Accepted);

        var period = missing.ToString("yyyy-MM");
        var mail = Assert.Single(api.Smtp.Messages, m => m.TextBody?.Contains(code) == true);
        Assert.Equal($"Nhắc báo cáo năng lượng tháng {missing:MM}/{missing:yyyy} – Facility {code}", mail.Subject);
        Assert.Contains($"https://energy.test.example/facilities/{id}/consumption/{period}", mail.TextBody);
        Assert.Contains($"Hạn báo cáo là ngày 20/{missing.AddMonths(1):MM}/{missing.AddMonths(1):yyyy}", mail.TextBody);
        // Subject and body are the catalogue's codes rendered in Vietnamese, the reporters' language.
        var due = new DateOnly(missing.AddMonths(1).Year, missing.AddMonths(1).Month, 20);
        Assert.Equal(Message.Of("reminder.monthly.subject", ("month", period), ("name", $"Facility {code}")).Render(WebCultures.Vi), mail.Subject);
        Assert.Contains(Message.Of("reminder.monthly.missing", ("month", period), ("due", due)).Render(WebCultures.Vi), mail.TextBody);
        Assert.Contains($"Trung tâm Khuyến công chưa nhận được báo cáo tiêu thụ năng lượng tháng {missing.ToString("MM/yyyy", CultureInfo.InvariantCulture)} của cơ sở. " +
            $"Hạn báo cáo là ngày {due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.", mail.TextBody);
        Assert.StartsWith($"Kính gửi Facility {code} (mã {code}),", mail.TextBody);
        Assert.Contains($"Đề nghị cơ sở báo cáo tại: https://energy.test.example/facilities/{id}/consumption/{period}", mail.TextBody);
        Assert.Contains("Trân trọng,", mail.TextBody);
        Assert.StartsWith("reporter", mail.To.Mailboxes.Single().Address);
        Assert.Equal("khuyencong@test.example", mail.From.Mailboxes.Single().Address);

        var analyst = await api.AsAsync("analyst");
        var reminders = (await analyst.GetAsync("/api/reminders").ExpectAsync(HttpStatusCode.OK)).EnumerateArray()
            .Where(r => r.GetProperty("facilityId").GetInt32() == id).ToList();
        var reminder = Assert.Single(reminders);
        Assert.Equal("monthly", reminder.GetProperty("kind").GetString());
        Assert.Equal(period, reminder.GetProperty("period").GetString());
        Assert.True(reminder.TryGetProperty("sentAt", out _));
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM reminders WHERE facility_id = @p0", id));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    [Fact]
    public async Task Ten_days_before_the_deadline_a_key_facility_without_a_submitted_report_is_reminded_once()
    {
        var admin = await api.AdminAsync();
        // 600,000 kWh a month: 1,110.96 TOE in 2025, a key facility expected to report 2025.
        var late = await FacilityAsync(api);
        await ImportAsync(admin, late.Code, ReportingData.Year(2025, 600_000));
        var done = await FacilityAsync(api);
        await ImportAsync(admin, done.Code, ReportingData.Year(2025, 600_000));
        await api.AsAsync("reporter", late.Id);
        await api.AsAsync("reporter", done.Id);
        await admin.PostAsJsonAsync($"/api/facilities/{done.Id}/annual-reports/2025/submit", new { }).ExpectAsync(HttpStatusCode.Created);

        async Task RunOnAsync(DateTimeOffset now)
        {
            await using var scope = api.Services.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<ReminderJob>(scope.ServiceProvider, (TimeProvider)new FixedClock(now)).RunAsync(CancellationToken.None);
        }
        // 4 January 2026 in Vietnam: 11 days before 15 January, nothing yet.
        await RunOnAsync(new DateTimeOffset(2026, 1, 4, 9, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM reminders WHERE kind = 'annual' AND facility_id IN (@p0, @p1)", late.Id, done.Id));
        // 5 January (10 days before) and the day after: one reminder, for the facility that has not submitted.
        await RunOnAsync(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        await RunOnAsync(new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM reminders WHERE kind = 'annual' AND period = '2025' AND facility_id = @p0 AND sent_at IS NOT NULL", late.Id));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM reminders WHERE facility_id = @p0", done.Id));
        var mail = Assert.Single(api.Smtp.Messages, m => m.TextBody?.Contains(late.Code) == true);
        Assert.Equal($"Nhắc nộp báo cáo năng lượng năm 2025 (Mẫu 1.1) – Facility {late.Code}", mail.Subject);
        Assert.Contains("Hạn nộp là ngày 15/01/2026", mail.TextBody);
        Assert.Contains(Message.Of("reminder.annual.missing", ("year", 2025), ("deadline", new DateOnly(2026, 1, 15))).Render(WebCultures.Vi), mail.TextBody);
        Assert.Contains("Cơ sở chưa nộp báo cáo tình hình sử dụng năng lượng năm 2025 (Mẫu 1.1, Thông tư 25/2020/TT-BCT). Hạn nộp là ngày 15/01/2026.", mail.TextBody);
        Assert.Contains($"https://energy.test.example/facilities/{late.Id}/annual/2025", mail.TextBody);
    }

    [Fact]
    public async Task Only_admins_run_the_job_and_facilities_without_reporters_get_no_reminder()
    {
        var (id, code) = await FacilityAsync(api);
        await ImportAsync(await api.AdminAsync(), code, [new Row(LatestDueMonth().AddMonths(-2).ToString("yyyy-MM"), "electricity", 1000, "kWh")]);
        var analyst = await api.AsAsync("analyst");
        await analyst.PostAsync("/api/reminders/run", null).ExpectAsync(HttpStatusCode.Forbidden);
        await (await api.AdminAsync()).PostAsync("/api/reminders/run", null).ExpectAsync(HttpStatusCode.Accepted);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM reminders WHERE facility_id = @p0", id));
        await analyst.GetAsync("/api/reminders?from=2026-02-01&to=2026-01-01").ExpectFieldErrorAsync("from");
        await analyst.GetAsync("/api/reminders?from=2020-01-01&to=2030-01-01").ExpectAsync(HttpStatusCode.OK);
    }
}

/// <summary>Without a mail host, reminders are recorded and not sent.</summary>
public sealed class ReminderWithoutMailTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Reminders_are_recorded_not_sent()
    {
        var (id, code) = await FacilityAsync(api);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var due = new DateOnly(today.Year, today.Month, 1).AddMonths(today.Day > 20 ? -1 : -2);
        var admin = await api.AdminAsync();
        await ImportAsync(admin, code, [new Row(due.AddMonths(-1).ToString("yyyy-MM"), "electricity", 1000, "kWh")]);
        await api.AsAsync("reporter", id);
        await admin.PostAsync("/api/reminders/run", null).ExpectAsync(HttpStatusCode.Accepted);
        var reminder = Assert.Single((await admin.GetAsync("/api/reminders").ExpectAsync(HttpStatusCode.OK)).EnumerateArray(),
            r => r.GetProperty("facilityId").GetInt32() == id);
        Assert.Equal(due.ToString("yyyy-MM"), reminder.GetProperty("period").GetString());
        Assert.False(reminder.TryGetProperty("sentAt", out _));
    }
}
