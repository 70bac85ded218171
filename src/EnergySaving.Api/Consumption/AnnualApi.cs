using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Baselines;
using EnergySaving.Core.Baselines;
using EnergySaving.Core.KeyFacilities;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Consumption;

public static class AnnualApi
{
    public static async Task<Results<Ok<AnnualResponse>, ValidationProblem, ProblemHttpResult>> Get(
        int id, int year, ClaimsPrincipal user, EnergySavingDbContext db, IOptions<EligibilitySettings> eligibility, CancellationToken ct)
    {
        if (!Month.IsValidYear(year))
            return await db.VisibleFacilities(user).AnyAsync(f => f.Id == id, ct)
                ? Problems.Field("year", Message.Of("consumption.year.out-of-range", ("year", year), ("earliest", Month.EarliestYear), ("latest", Month.LatestYear)))
                : Problems.NotFound(MonthReporter.FacilityNotFound(id));

        // One query (one round trip): the facility if visible, its months of the year with their carriers, and the
        // sector changes made after the year (FacilityHistory's rule of the sector in force).
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var sectorChanges = FacilityHistory.SectorChangesAfter(db, year);
        var facility = await db.VisibleFacilities(user).AsNoTracking().Where(f => f.Id == id)
            .Select(f => new
            {
                f.Sector, f.ProductionUnit,
                Months = db.ConsumptionMonths.Where(m => m.FacilityId == f.Id && m.Month >= first && m.Month <= last)
                    .Select(m => new { m.Month, m.TotalToe, m.ProductionQuantity, m.Carriers, m.Toes }).ToList(),
                SectorChanges = sectorChanges.Where(c => c.FacilityId == f.Id).OrderBy(c => c.Id).Select(c => c.OldValue).ToList(),
            })
            .AsSingleQuery().FirstOrDefaultAsync(ct);
        if (facility is null) return Problems.NotFound(MonthReporter.FacilityNotFound(id));

        var months = facility.Months;
        var byCarrier = months.SelectMany(m => m.Carriers.Zip(m.Toes))
            .GroupBy(e => e.First, StringComparer.Ordinal)
            .Select(g => new CarrierToe(g.Key, g.Sum(e => e.Second)))
            .ToList();
        var total = months.Sum(m => m.TotalToe);
        var sector = FacilityHistory.SectorInForce(facility.SectorChanges) ?? facility.Sector;
        var status = KeyFacilityRule.Evaluate(sector, year, total, months.Count, eligibility.Value.KeyThresholds);
        // The one SEC definition (BASELINES.md): ΣE/ΣP over the months with production reported, null when ΣP = 0.
        var sums = SpecificEnergy.Sums(months.Select(m => new BaselineMonth(m.Month, m.TotalToe, m.ProductionQuantity)));
        SecDto? sec = sums.Sec is { } value && facility.ProductionUnit is { } unit ? new SecDto(value, $"TOE/{unit}", sums.Production) : null;
        return TypedResults.Ok(new AnnualResponse(id, year, total, months.Count,
            byCarrier.OrderByDescending(c => c.Toe).ToList(), status.IsKey, status.Threshold, Common.Messages.MessageText.Render(status.Reason), sec) { KeyFacilityReasonCode = status.Reason });
    }
}
