using EnergySaving.Api.Baselines;
using EnergySaving.Api.Common;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Overview;

public sealed record MonthCount(string Month, int Facilities);

public sealed record YearOverviewResponse(int Year, double TotalToe, IReadOnlyList<Reports.SectorToe> BySector, IReadOnlyList<CarrierToe> ByCarrier,
    IReadOnlyList<MonthCount> ReportedByMonth, int KeyFacilities, int NewKeyFacilities, IReadOnlyList<CandidateItem> TopCandidates);

/// <summary>
/// The center's view of a year: TOE by sector and by carrier, how many facilities reported each month,
/// the key facilities (from the last run's flags) and the top support candidates. One definition for
/// GET /api/overview and the analysts' home page.
/// </summary>
public static class YearOverview
{
    public const int TopCandidates = 5;

    public static void MapOverview(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/overview", Get).WithTags("Overview").RequireAuthorization(Auth.Policies.CenterStaff)
            .WithName("GetYearOverview").WithSummary("A year at a glance for the center (admin, analyst): TOE by sector and carrier, months reported, key facilities, top candidates");

    public static async Task<Results<Ok<YearOverviewResponse>, ValidationProblem>> Get(string? year, EnergySavingDbContext db, CancellationToken ct)
    {
        if (FlagsApi.YearError(year, out _) is { } yearError) return Problems.Field("year", yearError);
        // The year is checked above, so both reads answer their lists.
        var keys = FeatureAnswer.Of<KeyFacilitiesResponse>(await FlagsApi.KeyFacilities(year, db, ct)).Value!;
        var y = keys.Year;
        var candidates = FeatureAnswer.Of<CandidatesResponse>(await FlagsApi.Candidates(year, db, ct)).Value!;
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 1);

        var consumption = await Reports.CenterAnnualReportService.ConsumptionOfYearAsync(db, y, ct);
        var byMonth = await db.ConsumptionMonths.Where(m => m.Month >= first && m.Month <= last)
            .GroupBy(m => m.Month).Select(g => new { Month = g.Key, Count = g.Count() }).ToListAsync(ct);

        return TypedResults.Ok(new YearOverviewResponse(y, consumption.TotalToe, consumption.BySector, consumption.ByCarrier,
            Enumerable.Range(1, 12).Select(m => new DateOnly(y, m, 1))
                .Select(m => new MonthCount(Month.Format(m), byMonth.FirstOrDefault(x => x.Month == m)?.Count ?? 0)).ToList(),
            keys.Items.Count, keys.Items.Count(k => k.NewThisYear),
            candidates.Items.Take(TopCandidates).ToList()));
    }
}
