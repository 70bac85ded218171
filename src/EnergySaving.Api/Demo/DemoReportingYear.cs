using System.Globalization;
using System.Security.Claims;
using System.Text;
using EnergySaving.Api.AnnualReports;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Consumption.Imports;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Reminders;
using EnergySaving.Api.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Demo;

/// <summary>
/// The demo year 2024 as the center lived it: months first reported around the 10th of the next
/// month (a few late), three planted anomalies (a kWh/MWh slip, a spike, a month without production),
/// annual reports in every state (accepted, returned with a reason, submitted and waiting past its
/// review date, not submitted and overdue) and the annual reminders of 5 January 2025. Runs once: it
/// does nothing when 2024 already has annual reports.
/// </summary>
public static class DemoReportingYear
{
    public const int Year = 2024;
    private static readonly ClaimsPrincipal Center = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "demo-data"), new Claim(ClaimTypes.NameIdentifier, "demo-data"), new Claim(ClaimTypes.Role, Roles.Admin)], "demo"));

    public sealed record Summary(int Reports, int Anomalies, int Reminders);

    public static async Task<Summary> LoadAsync(IServiceProvider scoped, CancellationToken ct = default)
    {
        var db = scoped.GetRequiredService<EnergySavingDbContext>();
        if (await db.Set<AnnualReport>().AnyAsync(r => r.Year == Year, ct)) return new Summary(0, 0, 0);
        var settings = scoped.GetRequiredService<IOptions<ReportingSettings>>().Value;

        // First reports around the 10th of the next month at 02:00 in Vietnam (UTC+7, written as a fixed offset so no
        // time-zone database is needed), every 7th month of a facility late (the 25th).
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE consumption_months SET updated_at = (month + interval '1 month' + make_interval(days => CASE WHEN (facility_id + extract(month FROM month)::int) % 7 = 0 THEN 24 ELSE 9 END)
                                                       + interval '2 hours') AT TIME ZONE 'UTC' - interval '7 hours'
            WHERE submitted_by = 'demo-data' AND revision = 1
            """, ct);

        var board = scoped.GetRequiredService<AnnualReportBoard>();
        var expected = (await board.ExpectedAsync(Year, ct)).ToHashSet();
        var facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Code).Select(f => new { f.Id, f.Code }).ToListAsync(ct);
        var key = facilities.Where(f => expected.Contains(f.Id)).ToList();
        var others = facilities.Where(f => !expected.Contains(f.Id)).ToList();

        // Anomalies on facilities outside the annual-report demo, so the locked years stay as reported.
        var anomalies = 0;
        var used = new HashSet<int>();
        foreach (var (month, kind) in new[] { (new DateOnly(Year, 6, 1), "slip"), (new DateOnly(Year, 9, 1), "spike"), (new DateOnly(Year, 11, 1), "no-production") })
            foreach (var f in others.Where(f => !used.Contains(f.Id)))
            {
                if (await PlantAsync(scoped, db, f.Id, f.Code, month, kind, ct)) { anomalies++; used.Add(f.Id); break; }
            }

        var service = scoped.GetRequiredService<AnnualReportService>();
        var reports = 0;
        async Task SubmitAsync(int id, DateTimeOffset at)
        {
            if (await service.SubmitAsync(Center, id, Year, "Báo cáo năm 2024 (dữ liệu minh hoạ)", ct) is not { IsOk: true }) return;
            reports++;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE annual_reports SET submitted_at = {at.ToUniversalTime()}, review_due_by = {service.ReviewDueBy(at)} WHERE facility_id = {id} AND year = {Year}", ct);
        }
        async Task ReviewAsync(int id, string decision, string? reason, DateTimeOffset at)
        {
            await service.ReviewAsync(Center, id, Year, decision, reason, ct);
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE annual_reports SET reviewed_at = {at.ToUniversalTime()} WHERE facility_id = {id} AND year = {Year}", ct);
        }
        var local = TimeSpan.FromHours(7);
        if (key.Count >= 1)
        {
            await SubmitAsync(key[0].Id, new DateTimeOffset(2025, 1, 8, 9, 30, 0, local));
            await ReviewAsync(key[0].Id, "accept", null, new DateTimeOffset(2025, 1, 13, 15, 0, 0, local));
        }
        if (key.Count >= 2)
        {
            await SubmitAsync(key[1].Id, new DateTimeOffset(2025, 1, 10, 10, 0, 0, local));
            await ReviewAsync(key[1].Id, "return", "Sản lượng tháng 3 và tháng 4 bị đảo; đề nghị kiểm tra và nộp lại. (Production of March and April swapped.)",
                new DateTimeOffset(2025, 1, 15, 16, 0, 0, local));
        }
        if (key.Count >= 3) await SubmitAsync(key[2].Id, new DateTimeOffset(2025, 1, 14, 14, 0, 0, local));
        // key[3..]: not submitted, overdue since 15 January 2025.

        // The annual reminders the daily job would have written on 5 January 2025 (10 days before the deadline).
        var reminderDay = new DateTimeOffset(settings.AnnualDeadlineOf(Year).AddDays(-settings.AnnualReminderDaysBefore).ToDateTime(new TimeOnly(8, 0)), local);
        var emails = (await (from uf in db.UserFacilities join u in db.Users on uf.UserId equals u.Id select new { uf.FacilityId, u.Email })
            .ToListAsync(ct)).GroupBy(x => x.FacilityId).ToDictionary(g => g.Key, g => string.Join(",", g.Select(x => x.Email).Order()));
        foreach (var f in key)
            db.Add(new Reminder
            {
                FacilityId = f.Id, Kind = ReminderJob.Annual, Period = Year.ToString(CultureInfo.InvariantCulture),
                To = emails.GetValueOrDefault(f.Id, ""), CreatedAt = reminderDay.ToUniversalTime(),
                Error = "Demo data: recorded as the job would have, not sent.",
            });
        await db.SaveChangesAsync(ct);
        return new Summary(reports, anomalies, key.Count);
    }

    /// <summary>
    /// Rewrites one month through the CSV import (a correction: revision 2, the original kept). "slip":
    /// electricity as the twelve months' median figure in MWh typed into kWh; "spike": every carrier × 4;
    /// "no-production": production 0. False when the facility's month does not suit the anomaly.
    /// </summary>
    private static async Task<bool> PlantAsync(IServiceProvider scoped, EnergySavingDbContext db, int facilityId, string code, DateOnly month,
        string kind, CancellationToken ct)
    {
        var months = await db.ConsumptionMonths.AsNoTracking()
            .Where(x => x.FacilityId == facilityId && x.Month >= month.AddMonths(-12) && x.Month <= month).OrderBy(x => x.Month).ToListAsync(ct);
        if (months.Count != 13 || months.Any(x => !(x.ProductionQuantity > 0))) return false;
        var m = months[^1];
        var quantities = (double[])m.Quantities.Clone();
        double production = m.ProductionQuantity!.Value;
        switch (kind)
        {
            case "slip":
                var e = Array.IndexOf(m.Carriers, "electricity");
                if (e < 0 || months.Take(12).Any(x => !x.Carriers.Contains("electricity") || x.Units[Array.IndexOf(x.Carriers, "electricity")] != m.Units[e])) return false;
                var history = months.Take(12).Select(x => x.Quantities[Array.IndexOf(x.Carriers, "electricity")]).Order().ToList();
                quantities[e] = Math.Round((history[5] + history[6]) / 2 / 1000, 1);
                break;
            case "spike":
                for (var i = 0; i < quantities.Length; i++) quantities[i] *= 4;
                break;
            default:
                production = 0;
                break;
        }
        var csv = new StringBuilder(string.Join(",", ConsumptionCsvImporter.Columns)).Append('\n');
        for (var i = 0; i < m.Carriers.Length; i++)
            csv.Append(CultureInfo.InvariantCulture,
                $"{code},{Common.Month.Format(month)},{m.Carriers[i]},{quantities[i].ToString("R", CultureInfo.InvariantCulture)},{m.Units[i]},{production.ToString("R", CultureInfo.InvariantCulture)},{m.ProductionUnit}\n");
        var result = await scoped.GetRequiredService<ConsumptionCsvImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "demo-data", ct);
        return result.Summary is not null;
    }
}
