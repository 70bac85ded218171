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

/// <summary>
/// Recomputes whole years of annual_flags from consumption_months and facility_baselines (all facilities: medians need
/// everyone). Several years are read together: one grouped query for the totals of every year needed (on its own
/// connection, while the facilities and the baselines' savings are read), then each year's flags, computed in parallel
/// and written by difference in one transaction (<see cref="AnnualFlagsCopy.ReplaceYearsAsync"/>).
/// </summary>
public sealed class AnnualFlagsCalculator(EnergySavingDbContext db, NpgsqlDataSource dataSource,
    Microsoft.Extensions.Options.IOptions<EligibilitySettings> settings, TimeProvider clock, ILogger<AnnualFlagsCalculator> logger)
{
    private sealed record YearTotal(int FacilityId, int Year, double Toe, int Months, int ProductionMonths, double Production);

    public Task RecomputeAsync(int year, CancellationToken ct) => RecomputeAsync([year], ct);

    public async Task RecomputeAsync(IReadOnlyCollection<int> yearsToCompute, CancellationToken ct)
    {
        var years = yearsToCompute.Distinct().Order().ToArray();
        if (years.Length == 0) return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var s = settings.Value;
        var keyThresholds = new KeyFacilityThresholds(s.KeyFacilityToe, s.KeyBuildingToe);

        // Each year and the year before it (key facilities "new this year").
        var first = new DateOnly(years[0] - 1, 1, 1);
        var last = new DateOnly(years[^1], 12, 1);
        // The grouped totals (the longest read) run on their own connection while the facilities and baselines are read.
        var totalsTask = YearTotalsAsync(first, last, ct);
        var facilities = await db.Facilities.AsNoTracking()
            .Select(f => new { f.Id, f.Code, f.Sector, f.Industry, f.ProductionUnit }).ToDictionaryAsync(f => f.Id, ct);
        var baselines = (await db.FacilityBaselines.AsNoTracking()
                .Select(b => new { b.FacilityId, b.Adequate, b.AnnualSavings }).ToListAsync(ct))
            .ToDictionary(b => b.FacilityId, b => (b.Adequate, Years: BaselineJson.Read<List<YearSavingsDto>>(b.AnnualSavings)));
        var totals = (await totalsTask).ToLookup(t => t.Year);
        var read = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        var now = clock.GetUtcNow();
        var inputs = new List<(int Year, List<YearTotal> Previous, List<YearTotal> Current, Dictionary<int, Sector> SectorsBefore, Dictionary<int, Sector> SectorsNow)>();
        foreach (var year in years)
            inputs.Add((year, totals[year - 1].ToList(), totals[year].ToList(),
                await FacilityHistory.SectorsInForceAsync(db, year - 1, ct), await FacilityHistory.SectorsInForceAsync(db, year, ct)));
        // Each year's flags are independent of the others': computed on every core.
        var perYear = new List<AnnualFlag>[years.Length];
        Parallel.For(0, years.Length, i =>
        {
            var (year, previous, current, sectorsBefore, sectorsNow) = inputs[i];
            // Each year with the sector in force in that year (a later change of sector does not rewrite it).
            var keyBefore = previous.Where(p => KeyFacilityRule.Evaluate(sectorsBefore.GetValueOrDefault(p.FacilityId, facilities[p.FacilityId].Sector),
                    year - 1, p.Toe, p.Months, keyThresholds).IsKey)
                .Select(p => p.FacilityId).ToHashSet();
            perYear[i] = Flags(year, current, id =>
            {
                var f = facilities[id];
                return (f.Code, sectorsNow.GetValueOrDefault(id, f.Sector), f.Industry, f.ProductionUnit);
            }, baselines, keyBefore, keyThresholds, now).ToList();
        });
        var rows = perYear.SelectMany(r => r).ToList();
        var computed = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        // All the years in one transaction on one connection: readers see one run's flags for every year, and a finisher
        // needs one connection of the pool, not one a year (suspected in one test-suite run where a finisher had not
        // finished two minutes after its last batch).
        await using (var conn = await dataSource.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            await AnnualFlagsCopy.ReplaceYearsAsync(conn, tx, years, rows, ct);
            await tx.CommitAsync(ct);
        }
        logger.LogInformation("Annual flags of {Years}: {Rows} rows in {Ms} ms (read {Read} ms, computed {Computed} ms, written {Written} ms)",
            string.Join(",", years), rows.Count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            (int)read.TotalMilliseconds, (int)(computed - read).TotalMilliseconds, (int)(System.Diagnostics.Stopwatch.GetElapsedTime(started) - computed).TotalMilliseconds);
    }

    /// <summary>Each facility's totals per calendar year of the months from <paramref name="first"/> to <paramref name="last"/> (one grouped query).</summary>
    private async Task<List<YearTotal>> YearTotalsAsync(DateOnly first, DateOnly last, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT facility_id, date_part('year', month)::int, sum(total_toe), count(*)::int,
                   count(production_quantity)::int, coalesce(sum(production_quantity), 0)
            FROM consumption_months WHERE month >= @first AND month <= @last
            GROUP BY 1, 2
            """, conn);
        cmd.Parameters.AddWithValue("first", first);
        cmd.Parameters.AddWithValue("last", last);
        var result = new List<YearTotal>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            result.Add(new YearTotal(reader.GetInt32(0), reader.GetInt32(1), reader.GetDouble(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetDouble(5)));
        return result;
    }

    private IEnumerable<AnnualFlag> Flags(int year, List<YearTotal> totals, Func<int, (string Code, Sector Sector, string? Industry, string? Unit)> facility,
        Dictionary<int, (bool? Adequate, List<YearSavingsDto> Years)> baselines, HashSet<int> keyBefore, KeyFacilityThresholds keyThresholds, DateTimeOffset now)
    {
        var s = settings.Value;
        var years = new List<FacilityYear>(totals.Count);
        foreach (var t in totals)
        {
            var f = facility(t.FacilityId);
            double? saved = null;
            bool? adequate = null;
            if (baselines.TryGetValue(t.FacilityId, out var b))
            {
                adequate = b.Adequate;
                var y = b.Years.FirstOrDefault(x => x.Year == year);
                if (y is not null) saved = y.ExpectedToe - y.ActualToe;
            }
            years.Add(new FacilityYear(t.FacilityId, f.Code, f.Sector, f.Industry, f.Unit, t.Toe, t.Months,
                t.ProductionMonths == 12 ? t.Production : null, saved, adequate));
        }
        var candidates = SupportCandidateRule.Evaluate(years, year, new EligibilityThresholds(s.CandidateMaxToe, s.MinPeers));
        var byCandidate = candidates.Candidates.ToDictionary(c => c.FacilityId);
        var incomplete = candidates.InsufficientData.Select(i => i.FacilityId).ToHashSet();
        return years.Select(y =>
        {
            var key = KeyFacilityRule.Evaluate(y.Sector, year, y.AnnualToe, y.MonthsReported, keyThresholds);
            byCandidate.TryGetValue(y.FacilityId, out var c);
            return new AnnualFlag
            {
                Year = year, FacilityId = y.FacilityId, AnnualToe = y.AnnualToe, MonthsReported = y.MonthsReported,
                IsKey = key.IsKey, Threshold = key.Threshold, KeyReason = StoredMessages.WriteOne(key.Reason),
                NewThisYear = KeyFacilityYears.NewThisYear(key.IsKey, keyBefore.Contains(y.FacilityId)),
                IsCandidate = c is not null, CandidateInsufficientData = incomplete.Contains(y.FacilityId),
                Score = c?.Score, EstimatedSavingsToe = c?.EstimatedSavingsToe,
                Reasons = c is null ? "[]" : StoredMessages.Write(c.Reasons), ComputedAt = now,
            };
        }).ToList();
    }
}
