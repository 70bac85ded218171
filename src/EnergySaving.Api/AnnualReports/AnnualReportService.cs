using System.Security.Claims;
using System.Text.Json;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.AnnualReports;

/// <summary>
/// Submission and review of annual reports (Form 1.1). A submission freezes the year's figures and
/// locks its months in one transaction; see <see cref="MonthLock"/> for how it meets a racing write.
/// </summary>
public sealed class AnnualReportService(EnergySavingDbContext db, HolidayCalendar holidays, IOptions<ReportingSettings> settings, TimeProvider clock)
{
    public const int ReasonMaxLength = 2000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Outcome<AnnualReportDto>> SubmitAsync(ClaimsPrincipal user, int facilityId, int year, string? note, CancellationToken ct)
    {
        var facility = await db.VisibleFacilities(user).AsNoTracking().FirstOrDefaultAsync(f => f.Id == facilityId, ct);
        if (facility is null) return Outcome<AnnualReportDto>.NotFound(FacilityNotFound(facilityId));
        var today = ProvinceClock.Today(clock);
        var errors = new FieldErrors();
        if (year < 1990 || year >= today.Year) errors.Add("year", Message.Of("annual-report.year.not-past", ("year", today.Year)));
        errors.CheckMultilineText("note", note, ReasonMaxLength);
        if (errors.Count > 0) return Outcome<AnnualReportDto>.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Serialises with the writers of this facility's months (MonthLock takes FOR SHARE).
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM facilities WHERE id = {facilityId} FOR NO KEY UPDATE", ct);
        var previous = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.FacilityId == facilityId && r.Year == year)
            .OrderByDescending(r => r.Submission).FirstOrDefaultAsync(ct);
        if (previous is { Status: AnnualReportStatus.Submitted or AnnualReportStatus.Accepted })
            return Outcome<AnnualReportDto>.Conflict(Message.Of("annual-report.already", ("year", year), ("status", previous.Status)));

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var months = await db.ConsumptionMonths.AsNoTracking().Where(m => m.FacilityId == facilityId && m.Month >= first && m.Month <= last)
            .OrderBy(m => m.Month).ToListAsync(ct);
        var missing = Enumerable.Range(1, 12).Select(m => new DateOnly(year, m, 1)).Except(months.Select(m => m.Month)).ToList();
        if (missing.Count > 0)
        {
            var unreported = new FieldErrors();
            foreach (var m in missing) unreported.Add("months", Message.Of("annual-report.month.not-reported", ("month", Month.Format(m))));
            return Outcome<AnnualReportDto>.Invalid(unreported);
        }

        var snapshot = Snapshot(months, facility.ProductionUnit);
        var now = clock.GetUtcNow();
        var report = new AnnualReport
        {
            FacilityId = facilityId, Year = year, Submission = (previous?.Submission ?? 0) + 1, Status = AnnualReportStatus.Submitted,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), SubmittedAt = now, SubmittedBy = user.Identity?.Name ?? user.UserId(),
            ReviewDueBy = ReviewDueBy(now), TotalToe = months.Sum(m => m.TotalToe), Snapshot = JsonSerializer.Serialize(snapshot, Json),
        };
        db.Add(report);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<AnnualReportDto>.Ok(await DtoAsync(facilityId, year, ct));
    }

    public async Task<Outcome<AnnualReportDto>> ReviewAsync(ClaimsPrincipal user, int facilityId, int year, string? decision, string? reason, CancellationToken ct)
    {
        if (!await db.Facilities.AnyAsync(f => f.Id == facilityId, ct)) return Outcome<AnnualReportDto>.NotFound(FacilityNotFound(facilityId));
        var errors = new FieldErrors();
        if (decision is not ("accept" or "return")) errors.Add("decision", Message.Of("annual-report.decision.invalid"));
        else if (decision == "return" && string.IsNullOrWhiteSpace(reason)) errors.Add("reason", Message.Of("annual-report.reason.required"));
        errors.CheckMultilineText("reason", reason, ReasonMaxLength);
        if (errors.Count > 0) return Outcome<AnnualReportDto>.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM facilities WHERE id = {facilityId} FOR NO KEY UPDATE", ct);
        var report = await db.Set<AnnualReport>().Where(r => r.FacilityId == facilityId && r.Year == year)
            .OrderByDescending(r => r.Submission).FirstOrDefaultAsync(ct);
        if (report is null) return Outcome<AnnualReportDto>.NotFound(ReportNotFound(facilityId, year));
        if (report.Status != AnnualReportStatus.Submitted)
            return Outcome<AnnualReportDto>.Conflict(Message.Of("annual-report.not-submitted", ("status", report.Status)));
        report.Status = decision == "accept" ? AnnualReportStatus.Accepted : AnnualReportStatus.Returned;
        report.ReviewedAt = clock.GetUtcNow();
        report.ReviewedBy = user.Identity?.Name ?? user.UserId();
        report.ReviewReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<AnnualReportDto>.Ok(await DtoAsync(facilityId, year, ct));
    }

    public async Task<Outcome<AnnualReportDto>> GetAsync(ClaimsPrincipal user, int facilityId, int year, CancellationToken ct)
    {
        if (!await db.CanAccessFacilityAsync(user, facilityId, ct)) return Outcome<AnnualReportDto>.NotFound(FacilityNotFound(facilityId));
        return await db.Set<AnnualReport>().AnyAsync(r => r.FacilityId == facilityId && r.Year == year, ct)
            ? Outcome<AnnualReportDto>.Ok(await DtoAsync(facilityId, year, ct))
            : Outcome<AnnualReportDto>.NotFound(ReportNotFound(facilityId, year));
    }

    public static Message FacilityNotFound(int facilityId) => Facilities.FacilitiesApi.NotFound(facilityId);

    public static Message ReportNotFound(int facilityId, int year) => Message.Of("annual-report.not-found", ("year", year), ("id", facilityId));

    /// <summary>The working day by which the Department has to have verified a report submitted at this instant.</summary>
    public DateOnly ReviewDueBy(DateTimeOffset submittedAt) =>
        holidays.AddWorkingDays(ProvinceClock.DateOf(submittedAt), settings.Value.ReviewWorkingDays);

    /// <summary>The latest submission with the history of every submission of the year.</summary>
    public async Task<AnnualReportDto> DtoAsync(int facilityId, int year, CancellationToken ct)
    {
        var all = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.FacilityId == facilityId && r.Year == year)
            .OrderBy(r => r.Submission).ToListAsync(ct);
        var latest = all[^1];
        var history = new List<HistoryEvent>();
        foreach (var r in all)
        {
            history.Add(new HistoryEvent(AnnualReportStatus.Submitted, r.SubmittedAt, r.SubmittedBy, null));
            if (r.ReviewedAt is { } at) history.Add(new HistoryEvent(r.Status, at, r.ReviewedBy ?? "", r.ReviewReason));
        }
        var snapshot = JsonSerializer.Deserialize<AnnualSnapshot>(latest.Snapshot, Json)!;
        return new AnnualReportDto(facilityId, year, latest.Submission, latest.Status, latest.SubmittedAt, latest.SubmittedBy,
            latest.ReviewDueBy, latest.TotalToe, snapshot.ByCarrier, snapshot.Production, snapshot.Sec, latest.Note, history);
    }

    /// <summary>Carriers summed per unit as reported; SEC over the months that reported production (as the annual totals do).</summary>
    public static AnnualSnapshot Snapshot(IReadOnlyList<ConsumptionMonth> months, string? productionUnit)
    {
        var lines = new Dictionary<(string Carrier, string Unit), (double Quantity, double Toe)>();
        foreach (var m in months)
            for (var i = 0; i < m.Carriers.Length; i++)
            {
                var key = (m.Carriers[i], m.Units[i]);
                lines.TryGetValue(key, out var sum);
                lines[key] = (sum.Quantity + m.Quantities[i], sum.Toe + m.Toes[i]);
            }
        var byCarrier = lines.OrderBy(l => l.Key.Carrier, StringComparer.Ordinal).ThenBy(l => l.Key.Unit, StringComparer.Ordinal)
            .Select(l => new CarrierYear(l.Key.Carrier, l.Value.Quantity, l.Key.Unit, l.Value.Toe)).ToList();
        var withProduction = months.Where(m => m.ProductionQuantity > 0).ToList();
        ProductionDto? production = null;
        SecValue? sec = null;
        if (withProduction.Count > 0)
        {
            var unit = productionUnit ?? withProduction[0].ProductionUnit ?? "";
            var quantity = withProduction.Sum(m => m.ProductionQuantity!.Value);
            production = new ProductionDto(quantity, unit);
            sec = new SecValue(withProduction.Sum(m => m.TotalToe) / quantity, $"TOE/{unit}");
        }
        return new AnnualSnapshot(byCarrier, production, sec);
    }
}
