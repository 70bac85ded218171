using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.KeyFacilities;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Consumption;

/// <summary>A facility's year: TOE of its current months and how many months it reported.</summary>
public sealed record AnnualTotal(int FacilityId, string Code, string Name, Sector Sector, string? Industry, double TotalToe, int MonthsReported);

/// <summary>Annual totals straight from the current months: one grouped query for a whole province.</summary>
public static class AnnualTotals
{
    public static IQueryable<AnnualTotal> ForYear(EnergySavingDbContext db, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var totals = from m in db.ConsumptionMonths
            where m.Month >= first && m.Month <= last
            group m by m.FacilityId into g
            select new { FacilityId = g.Key, Toe = g.Sum(x => x.TotalToe), Months = g.Count() };
        return from t in totals
            join f in db.Facilities on t.FacilityId equals f.Id
            select new AnnualTotal(f.Id, f.Code, f.Name, f.Sector, f.Industry, t.Toe, t.Months);
    }

    /// <summary>Key facilities of a year by the thresholds of DOMAIN.md (all 12 months reported).</summary>
    public static async Task<List<AnnualTotal>> KeyFacilitiesAsync(EnergySavingDbContext db, int year, KeyFacilityThresholds thresholds, CancellationToken ct)
    {
        var totals = await ForYear(db, year).ToListAsync(ct);
        var inForce = await Facilities.FacilityHistory.SectorsInForceAsync(db, year, totals.Select(t => t.FacilityId).ToList(), ct);
        return totals.Select(t => inForce.TryGetValue(t.FacilityId, out var s) ? t with { Sector = s } : t)
            .Where(t => KeyFacilityRule.Evaluate(t.Sector, year, t.TotalToe, t.MonthsReported, thresholds).IsKey)
            .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
    }
}
