using Npgsql;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Eligibility;
using EnergySaving.Core.KeyFacilities;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Baselines;

/// <summary>Thresholds of the annual flags (EnergySaving:Eligibility), the legal ones by default.</summary>
public sealed class EligibilitySettings
{
    public const string SectionName = "EnergySaving:Eligibility";

    public double KeyFacilityToe { get; set; } = 1000;
    public double KeyBuildingToe { get; set; } = 500;
    public double CandidateMaxToe { get; set; } = 1000;
    public int MinPeers { get; set; } = 3;

    public EnergySaving.Core.KeyFacilities.KeyFacilityThresholds KeyThresholds => new(KeyFacilityToe, KeyBuildingToe);
}

public static class EligibilitySetup
{
    /// <summary>The thresholds, bound and validated at start: a zero or negative threshold would make every facility key or none.</summary>
    public static IServiceCollection AddEligibility(this IServiceCollection services)
    {
        services.AddOptions<EligibilitySettings>().BindConfiguration(EligibilitySettings.SectionName)
            .Validate(s => s.KeyFacilityToe > 0 && s.KeyBuildingToe > 0 && s.CandidateMaxToe > 0 && s.MinPeers >= 1,
                $"{EligibilitySettings.SectionName}: KeyFacilityToe, KeyBuildingToe and CandidateMaxToe must be > 0 and MinPeers ≥ 1.")
            .ValidateOnStart();
        return services;
    }
}

/// <summary>Recomputes one year's annual_flags from consumption_months and facility_baselines (all facilities: medians need everyone).</summary>
public sealed class AnnualFlagsCalculator(EnergySavingDbContext db, Microsoft.Extensions.Options.IOptions<EligibilitySettings> settings, TimeProvider clock)
{
    private sealed record YearTotal(int FacilityId, double Toe, int Months, int ProductionMonths, double Production);

    private Task<List<YearTotal>> TotalsAsync(int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        return db.ConsumptionMonths.AsNoTracking()
            .Where(m => m.Month >= first && m.Month <= last)
            .GroupBy(m => m.FacilityId)
            .Select(g => new YearTotal(g.Key, g.Sum(x => x.TotalToe), g.Count(), g.Count(x => x.ProductionQuantity != null), g.Sum(x => x.ProductionQuantity ?? 0)))
            .ToListAsync(ct);
    }

    public async Task RecomputeAsync(int year, CancellationToken ct)
    {
        var s = settings.Value;
        var keyThresholds = new KeyFacilityThresholds(s.KeyFacilityToe, s.KeyBuildingToe);
        var totals = await TotalsAsync(year, ct);
        var previous = await TotalsAsync(year - 1, ct);
        var ids = totals.Select(t => t.FacilityId).ToArray();
        var facilities = await db.Facilities.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.Code, f.Sector, f.Industry, f.ProductionUnit }).ToDictionaryAsync(f => f.Id, ct);
        var sectors = await db.Facilities.AsNoTracking().Where(f => previous.Select(p => p.FacilityId).Contains(f.Id))
            .Select(f => new { f.Id, f.Sector }).ToDictionaryAsync(f => f.Id, f => f.Sector, ct);
        // Each year with the sector in force in that year (a later change of sector does not rewrite it).
        foreach (var (id, sector) in await FacilityHistory.SectorsInForceAsync(db, year - 1, sectors.Keys.ToList(), ct)) sectors[id] = sector;
        var sectorsThisYear = await FacilityHistory.SectorsInForceAsync(db, year, ids, ct);
        var keyBefore = previous.Where(p => sectors.ContainsKey(p.FacilityId)
                && KeyFacilityRule.Evaluate(sectors[p.FacilityId], year - 1, p.Toe, p.Months, keyThresholds).IsKey)
            .Select(p => p.FacilityId).ToHashSet();
        var baselines = await db.FacilityBaselines.AsNoTracking().Where(b => ids.Contains(b.FacilityId))
            .Select(b => new { b.FacilityId, b.Adequate, b.AnnualSavings }).ToDictionaryAsync(b => b.FacilityId, ct);

        var years = new List<FacilityYear>(totals.Count);
        foreach (var t in totals)
        {
            var f = facilities[t.FacilityId];
            double? saved = null;
            bool? adequate = null;
            if (baselines.TryGetValue(t.FacilityId, out var b))
            {
                adequate = b.Adequate;
                var y = BaselineJson.Read<List<YearSavingsDto>>(b.AnnualSavings).FirstOrDefault(x => x.Year == year);
                if (y is not null) saved = y.ExpectedToe - y.ActualToe;
            }
            years.Add(new FacilityYear(f.Id, f.Code, sectorsThisYear.GetValueOrDefault(f.Id, f.Sector), f.Industry, f.ProductionUnit, t.Toe, t.Months,
                t.ProductionMonths == 12 ? t.Production : null, saved, adequate));
        }
        var candidates = SupportCandidateRule.Evaluate(years, year, new EligibilityThresholds(s.CandidateMaxToe, s.MinPeers));
        var byCandidate = candidates.Candidates.ToDictionary(c => c.FacilityId);
        var incomplete = candidates.InsufficientData.Select(i => i.FacilityId).ToHashSet();

        var now = clock.GetUtcNow();
        var rows = years.Select(y =>
        {
            var key = KeyFacilityRule.Evaluate(y.Sector, year, y.AnnualToe, y.MonthsReported, keyThresholds);
            byCandidate.TryGetValue(y.FacilityId, out var c);
            return new AnnualFlag
            {
                Year = year, FacilityId = y.FacilityId, AnnualToe = y.AnnualToe, MonthsReported = y.MonthsReported,
                IsKey = key.IsKey, Threshold = key.Threshold, KeyReason = key.Reason,
                NewThisYear = KeyFacilityYears.NewThisYear(key.IsKey, keyBefore.Contains(y.FacilityId)),
                IsCandidate = c is not null, CandidateInsufficientData = incomplete.Contains(y.FacilityId),
                Score = c?.Score, EstimatedSavingsToe = c?.EstimatedSavingsToe,
                Reasons = BaselineJson.Write(c?.Reasons ?? []), ComputedAt = now,
            };
        }).ToList();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.AnnualFlags.Where(a => a.Year == year).ExecuteDeleteAsync(ct);
        await AnnualFlagsCopy.WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, ct);
        await tx.CommitAsync(ct);
    }
}
