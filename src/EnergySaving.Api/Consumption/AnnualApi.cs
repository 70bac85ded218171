using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
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
        var facility = await db.VisibleFacilities(user).AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null) return Problems.NotFound($"Facility {id} not found.");
        if (!Month.IsValidYear(year)) return Problems.Field("year", $"Use {Month.YearRangeText}.");

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var months = await db.ConsumptionMonths.AsNoTracking()
            .Where(m => m.FacilityId == id && m.Month >= first && m.Month <= last)
            .Select(m => new { m.Month, m.TotalToe, m.ProductionQuantity }).ToListAsync(ct);
        var byCarrier = await db.Database.SqlQuery<CarrierToe>($"""
                SELECT e.carrier AS "Carrier", sum(e.toe) AS "Toe"
                FROM consumption_months m, unnest(m.carriers, m.toes) AS e(carrier, toe)
                WHERE m.facility_id = {id} AND m.month BETWEEN {first} AND {last}
                GROUP BY e.carrier
                """).ToListAsync(ct);

        var total = months.Sum(m => m.TotalToe);
        var sector = (await FacilityHistory.SectorsInForceAsync(db, year, [id], ct)).GetValueOrDefault(id, facility.Sector);
        var status = KeyFacilityRule.Evaluate(sector, year, total, months.Count, eligibility.Value.KeyThresholds);
        // The one SEC definition (BASELINES.md): ΣE/ΣP over the months with production reported, null when ΣP = 0.
        var sums = SpecificEnergy.Sums(months.Select(m => new BaselineMonth(m.Month, m.TotalToe, m.ProductionQuantity)));
        SecDto? sec = sums.Sec is { } value && facility.ProductionUnit is { } unit ? new SecDto(value, $"TOE/{unit}", sums.Production) : null;
        return TypedResults.Ok(new AnnualResponse(id, year, total, months.Count,
            byCarrier.OrderByDescending(c => c.Toe).ToList(), status.IsKey, status.Threshold, status.Reason, sec));
    }
}
