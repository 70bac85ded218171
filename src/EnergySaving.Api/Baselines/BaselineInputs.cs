using System.Security.Cryptography;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Weather;
using EnergySaving.Core.Baselines;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Baselines;

/// <summary>What the fitter needs for one facility, loaded in bulk for a batch.</summary>
public sealed record FacilityInputs(int FacilityId, string? ProductionUnit, string? WeatherStation, List<BaselineMonth> Months, DateOnly? PeriodFrom, DateOnly? PeriodTo)
{
    public BaselineOptions Options => PeriodFrom is { } from && PeriodTo is { } to
        ? BaselineOptions.Default with { BaselineFrom = from, BaselineTo = to }
        : BaselineOptions.Default;

    /// <summary>A hash of every input (months, production and its unit, the station and its temperatures, period): equal hashes give equal results.</summary>
    public string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[8];
        void Add(double value) { BitConverter.TryWriteBytes(buffer, value); hash.AppendData(buffer); }
        Add(BaselineInputs.EngineVersion);
        Add(PeriodFrom?.DayNumber ?? -1);
        Add(PeriodTo?.DayNumber ?? -1);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{ProductionUnit}\u0001{WeatherStation}\u0001"));
        foreach (var m in Months)
        {
            Add(m.Month.DayNumber);
            Add(m.EnergyToe);
            Add(m.Production ?? double.NaN);
            Add(m.DailyMeanTemperaturesC?.Length ?? -1);
            foreach (var t in m.DailyMeanTemperaturesC ?? []) Add(t);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>Reads of consumption_months (the only consumption table the baselines read), facilities, periods and weather.</summary>
public static class BaselineInputs
{
    /// <summary>Bump when the engine's results change for the same inputs, so every facility is refitted.</summary>
    public const double EngineVersion = 1;

    public static async Task<List<FacilityInputs>> LoadAsync(EnergySavingDbContext db, IReadOnlyCollection<int> facilityIds, CancellationToken ct)
    {
        var ids = facilityIds.ToArray();
        var facilities = await db.Facilities.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.ProductionUnit, f.WeatherStation }).ToListAsync(ct);
        var months = await db.ConsumptionMonths.AsNoTracking().Where(m => ids.Contains(m.FacilityId))
            .OrderBy(m => m.FacilityId).ThenBy(m => m.Month)
            .Select(m => new { m.FacilityId, m.Month, m.TotalToe, m.ProductionQuantity }).ToListAsync(ct);
        var periods = await db.BaselinePeriods.AsNoTracking().Where(p => ids.Contains(p.FacilityId)).ToDictionaryAsync(p => p.FacilityId, ct);

        var stations = facilities.Where(f => !string.IsNullOrWhiteSpace(f.WeatherStation)).Select(f => f.WeatherStation!).Distinct().ToArray();
        Dictionary<string, SortedDictionary<DateOnly, double>> weather = [];
        if (stations.Length > 0 && months.Count > 0)
        {
            var from = months.Min(m => m.Month);
            var last = months.Max(m => m.Month);
            weather = await WeatherQueries.DailyMeansAsync(db, stations, from, last.AddMonths(1).AddDays(-1), ct);
        }

        var byFacility = months.GroupBy(m => m.FacilityId).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<FacilityInputs>(facilities.Count);
        foreach (var f in facilities.OrderBy(f => f.Id))
        {
            var means = f.WeatherStation is { } s && weather.TryGetValue(s, out var w) ? w : null;
            var list = byFacility.TryGetValue(f.Id, out var rows)
                ? rows.Select(m => new BaselineMonth(m.Month, m.TotalToe, m.ProductionQuantity,
                    means is null ? null : WeatherQueries.MonthArray(means, m.Month))).ToList()
                : [];
            periods.TryGetValue(f.Id, out var period);
            result.Add(new FacilityInputs(f.Id, f.ProductionUnit, f.WeatherStation, list, period?.From, period?.To));
        }
        return result;
    }

    /// <summary>
    /// Facilities whose consumption months or baseline period changed after their baseline last read its inputs, or
    /// that have months and no baseline yet. The one place that reads the month's change timestamp.
    /// </summary>
    public static IQueryable<int> ChangedSinceLastBaseline(EnergySavingDbContext db) =>
        from f in db.Facilities
        join b in db.FacilityBaselines on f.Id equals b.FacilityId into bs
        from b in bs.DefaultIfEmpty()
        where db.ConsumptionMonths.Any(m => m.FacilityId == f.Id && (b == null || m.UpdatedAt > b.CheckedAt))
              || db.BaselinePeriods.Any(p => p.FacilityId == f.Id && (b == null || p.UpdatedAt > b.CheckedAt))
              || (b != null && db.WeatherStations.Any(s => s.Code == f.WeatherStation && s.TemperaturesUpdatedAt > b.CheckedAt))
              || (b != null && db.Set<FacilityChange>().Any(c => c.FacilityId == f.Id && FacilityHistory.BaselineFields.Contains(c.Field) && c.ChangedAt > b.CheckedAt))
        orderby f.Id
        select f.Id;
}
