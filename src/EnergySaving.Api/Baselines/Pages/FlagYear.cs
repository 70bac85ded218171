using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Baselines.Pages;

/// <summary>The year a flags page shows without ?year=: the latest year the last run flagged, else last year.</summary>
public static class FlagYear
{
    public static async Task<int> DefaultAsync(EnergySavingDbContext db, TimeProvider clock, CancellationToken ct) =>
        await db.AnnualFlags.MaxAsync(a => (int?)a.Year, ct) ?? Common.ProvinceClock.Today(clock).Year - 1;
}
