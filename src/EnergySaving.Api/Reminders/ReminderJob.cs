using System.Globalization;
using EnergySaving.Api.AnnualReports;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EnergySaving.Api.Reminders;

/// <summary>
/// The daily reminder job: e-mails the reporters of a facility when a month fell due and is missing
/// (from the facility's first reported month on), and, from <see cref="ReportingSettings.AnnualReminderDaysBefore"/>
/// days before the annual deadline, when the facility is expected to report the year and has not
/// submitted. Each reminder is first inserted under its unique key; only the run whose insert
/// succeeded sends it, so it goes once even with two servers.
/// </summary>
public sealed class ReminderJob(EnergySavingDbContext db, NpgsqlDataSource dataSource, AnnualReportBoard board, ReminderMailer mailer,
    IOptions<ReportingSettings> reporting, IOptions<MailSettings> mail, TimeProvider clock, ILogger<ReminderJob> logger)
{
    public const string Monthly = "monthly", Annual = "annual";

    public sealed record RunSummary(int Created, int Sent, int Failed);

    public async Task<RunSummary> RunAsync(CancellationToken ct)
    {
        var today = ProvinceClock.Today(clock);
        var settings = reporting.Value;
        var reporters = (await (from uf in db.UserFacilities join u in db.Users on uf.UserId equals u.Id
                                where u.Email != null select new { uf.FacilityId, u.Email }).AsNoTracking().ToListAsync(ct))
            .GroupBy(x => x.FacilityId).ToDictionary(g => g.Key, g => g.Select(x => x.Email!).Order(StringComparer.Ordinal).ToList());
        if (reporters.Count == 0) return new RunSummary(0, 0, 0);
        var facilityIds = reporters.Keys.ToArray();

        var candidates = new List<(int FacilityId, string Kind, string Period)>();
        // Months that fell due within the look-back window (older gaps had their reminder on earlier runs).
        var dueMonths = new List<DateOnly>();
        for (var m = new DateOnly(today.Year, today.Month, 1).AddMonths(-1); settings.MonthDueDate(m) >= today.AddDays(-settings.MonthlyReminderLookbackDays); m = m.AddMonths(-1))
            if (today > settings.MonthDueDate(m)) dueMonths.Add(m);
        if (dueMonths.Count > 0)
        {
            await using var conn = await dataSource.OpenConnectionAsync(ct);
            await using var cmd = new NpgsqlCommand("""
                SELECT f.id, m.month FROM unnest(@ids) AS f(id) CROSS JOIN unnest(@months) AS m(month)
                WHERE EXISTS (SELECT 1 FROM consumption_months c WHERE c.facility_id = f.id AND c.month < m.month)
                  AND NOT EXISTS (SELECT 1 FROM consumption_months c WHERE c.facility_id = f.id AND c.month = m.month)
                """, conn);
            cmd.Parameters.AddWithValue("ids", facilityIds);
            cmd.Parameters.AddWithValue("months", dueMonths.ToArray());
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) candidates.Add((r.GetInt32(0), Monthly, Month.Format(r.GetFieldValue<DateOnly>(1))));
        }

        var year = today.Year - 1;
        var deadline = settings.AnnualDeadlineOf(year);
        if (today >= deadline.AddDays(-settings.AnnualReminderDaysBefore) && today <= deadline)
        {
            var expected = await board.ExpectedAsync(year, ct);
            var done = await db.Set<AnnualReport>().Where(r => r.Year == year && AnnualReportStatus.Locking.Contains(r.Status))
                .Select(r => r.FacilityId).ToListAsync(ct);
            candidates.AddRange(expected.Except(done).Where(reporters.ContainsKey).Order()
                .Select(id => (id, Annual, year.ToString(CultureInfo.InvariantCulture))));
        }

        var names = await db.Facilities.AsNoTracking().Where(f => facilityIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => (f.Code, f.Name), ct);
        int created = 0, sent = 0, failed = 0;
        foreach (var (facilityId, kind, period) in candidates)
        {
            var to = reporters[facilityId];
            var id = await ClaimAsync(facilityId, kind, period, string.Join(",", to), ct);
            if (id is null) continue; // already reminded, by this run or another server
            created++;
            if (!mailer.Enabled)
            {
                logger.LogInformation("Reminder {Kind} {Period} for facility {FacilityId} recorded, not sent: EnergySaving:Mail:Host is not set.", kind, period, facilityId);
                continue;
            }
            var (subject, body) = Compose(facilityId, names[facilityId].Code, names[facilityId].Name, kind, period);
            try
            {
                await mailer.SendAsync(to, subject, body, ct);
                await MarkAsync(id.Value, clock.GetUtcNow(), null, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reminder {Id} to {To} could not be sent.", id, string.Join(",", to));
                await MarkAsync(id.Value, null, e.Message.Length > 2000 ? e.Message[..2000] : e.Message, ct);
                failed++;
            }
        }
        logger.LogInformation("Reminders: {Created} new, {Sent} sent, {Failed} failed.", created, sent, failed);
        return new RunSummary(created, sent, failed);
    }

    /// <summary>
    /// The subject and body, with a link to the month's (or the year's) page: codes of the catalogue rendered in
    /// Vietnamese (WebCultures.Vi), not in a request's language. The recipients are the facilities' reporters in the
    /// province, who read Vietnamese, and the job runs in the background where there is no request whose language
    /// could be taken; dates and months are shown the Vietnamese way (31/12/2024, 05/2024).
    /// </summary>
    public (string Subject, string Body) Compose(int facilityId, string code, string name, string kind, string period)
    {
        var link = mail.Value.LinkBaseUrl.TrimEnd('/');
        if (kind == Monthly)
        {
            Month.TryParse(period, out var month);
            var due = reporting.Value.MonthDueDate(month);
            return (Vi(Message.Of("reminder.monthly.subject", ("month", period), ("name", name))),
                Body(code, name,
                    Message.Of("reminder.monthly.missing", ("month", period), ("due", due)),
                    Message.Of("reminder.monthly.link", ("link", $"{link}/facilities/{facilityId}/consumption/{period}"))));
        }
        var year = int.Parse(period, CultureInfo.InvariantCulture);
        var deadline = reporting.Value.AnnualDeadlineOf(year);
        return (Vi(Message.Of("reminder.annual.subject", ("year", year), ("name", name))),
            Body(code, name,
                Message.Of("reminder.annual.missing", ("year", year), ("deadline", deadline)),
                Message.Of("reminder.annual.link", ("link", $"{link}/facilities/{facilityId}/annual/{year}"))));
    }

    private static string Vi(Message message) => message.Render(WebCultures.Vi);

    /// <summary>Greeting, what is missing and its deadline, where to report, closing: one message a line.</summary>
    private static string Body(string code, string name, Message missing, Message where) => string.Join("\n",
        Vi(Message.Of("reminder.greeting", ("name", name), ("code", code))),
        "",
        Vi(missing),
        Vi(where),
        "",
        Vi(Message.Of("reminder.closing")),
        Vi(Message.Of("reminder.signature")));

    private async Task<long?> ClaimAsync(int facilityId, string kind, string period, string to, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO reminders (facility_id, kind, period, "to", created_at) VALUES (@f, @k, @p, @to, @at)
            ON CONFLICT (facility_id, kind, period) DO NOTHING RETURNING id
            """, conn);
        cmd.Parameters.AddWithValue("f", facilityId);
        cmd.Parameters.AddWithValue("k", kind);
        cmd.Parameters.AddWithValue("p", period);
        cmd.Parameters.AddWithValue("to", to);
        cmd.Parameters.AddWithValue("at", clock.GetUtcNow());
        return await cmd.ExecuteScalarAsync(ct) is long id ? id : null;
    }

    private async Task MarkAsync(long id, DateTimeOffset? sentAt, string? error, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("UPDATE reminders SET sent_at = @s, error = @e WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("s", (object?)sentAt ?? DBNull.Value);
        cmd.Parameters.AddWithValue("e", (object?)error ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
