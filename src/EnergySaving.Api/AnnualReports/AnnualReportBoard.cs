using EnergySaving.Api.Common;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.AnnualReports;

/// <summary>
/// The year's status board: who must report (the year's key facilities and the previous year's
/// list, from the current months, plus anyone who submitted anyway), the deadline, and what is overdue.
/// </summary>
public sealed class AnnualReportBoard(EnergySavingDbContext db, IOptions<ReportingSettings> settings,
    IOptions<EligibilitySettings> eligibility, TimeProvider clock)
{
    public static readonly string[] Statuses =
        [AnnualReportStatus.NotSubmitted, AnnualReportStatus.Submitted, AnnualReportStatus.Returned, AnnualReportStatus.Accepted];

    /// <summary>Facilities expected to report <paramref name="year"/>: key that year or the year before.</summary>
    public async Task<HashSet<int>> ExpectedAsync(int year, CancellationToken ct)
    {
        var thresholds = eligibility.Value.KeyThresholds;
        var expected = (await AnnualTotals.KeyFacilitiesAsync(db, year, thresholds, ct)).Select(k => k.FacilityId).ToHashSet();
        expected.UnionWith((await AnnualTotals.KeyFacilitiesAsync(db, year - 1, thresholds, ct)).Select(k => k.FacilityId));
        return expected;
    }

    public async Task<BoardResponse> GetAsync(int year, string? status, CancellationToken ct)
    {
        var deadline = settings.Value.AnnualDeadlineOf(year);
        var today = ProvinceClock.Today(clock);
        var expected = await ExpectedAsync(year, ct);
        var latest = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.Year == year)
            .GroupBy(r => r.FacilityId).Select(g => g.OrderByDescending(r => r.Submission).First()).ToListAsync(ct);
        var reports = latest.ToDictionary(r => r.FacilityId);
        expected.UnionWith(reports.Keys);
        var facilities = await db.Facilities.AsNoTracking().Where(f => expected.Contains(f.Id))
            .Select(f => new { f.Id, f.Code, f.Name }).ToListAsync(ct);

        var items = facilities.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f =>
        {
            reports.TryGetValue(f.Id, out var r);
            var state = r?.Status ?? AnnualReportStatus.NotSubmitted;
            var done = state is AnnualReportStatus.Submitted or AnnualReportStatus.Accepted;
            return new BoardItem(f.Id, f.Code, f.Name, state, r?.SubmittedAt, r?.ReviewDueBy,
                Overdue: !done && today > deadline,
                ReviewOverdue: state == AnnualReportStatus.Submitted && today > r!.ReviewDueBy);
        }).ToList();
        var counts = new BoardCounts(
            items.Count(i => i.Status == AnnualReportStatus.NotSubmitted), items.Count(i => i.Status == AnnualReportStatus.Submitted),
            items.Count(i => i.Status == AnnualReportStatus.Returned), items.Count(i => i.Status == AnnualReportStatus.Accepted),
            items.Count(i => i.Overdue), items.Count(i => i.ReviewOverdue));
        return new BoardResponse(year, deadline, counts, status is null ? items : items.Where(i => i.Status == status).ToList());
    }
}
