using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Baselines;
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
        if (year is < 1990 or > 9999) return Problems.Field("year", "Use a four-digit year from 1990.");

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var months = await db.ConsumptionMonths.AsNoTracking()
            .Where(m => m.FacilityId == id && m.Month >= first && m.Month <= last)
            .Select(m => new { m.TotalToe, m.ProductionQuantity }).ToListAsync(ct);
        var byCarrier = await db.Database.SqlQuery<CarrierToe>($"""
                SELECT e.carrier AS "Carrier", sum(e.toe) AS "Toe"
                FROM consumption_months m, unnest(m.carriers, m.toes) AS e(carrier, toe)
                WHERE m.facility_id = {id} AND m.month BETWEEN {first} AND {last}
                GROUP BY e.carrier
                """).ToListAsync(ct);

        var total = months.Sum(m => m.TotalToe);
        var status = KeyFacilityRule.Evaluate(facility.Sector, year, total, months.Count, eligibility.Value.KeyThresholds);
        var withProduction = months.Where(m => m.ProductionQuantity > 0).ToList();
        SecDto? sec = null;
        if (withProduction.Count > 0 && facility.ProductionUnit is { } unit)
        {
            var production = withProduction.Sum(m => m.ProductionQuantity!.Value);
            sec = new SecDto(withProduction.Sum(m => m.TotalToe) / production, $"TOE/{unit}", production);
        }
        return TypedResults.Ok(new AnnualResponse(id, year, total, months.Count,
            byCarrier.OrderByDescending(c => c.Toe).ToList(), status.IsKey, status.Threshold, status.Reason, sec));
    }
}
