using EnergySaving.Api.Common;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Reporting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EnergySaving.Api.DataQuality;

/// <summary>
/// Evaluates every rule of API.md. Months are streamed from one query ordered by facility and month
/// and each facility is evaluated in one pass (<see cref="MonthRules"/>); missing months come from the
/// same stream and each facility's first reported month; sec-outliers from one grouped read of the year.
/// Findings are computed, not stored: only dismissals are (see <see cref="DataQualityService"/>).
/// </summary>
public sealed class DataQualityEvaluator(NpgsqlDataSource dataSource, IOptions<ReportingSettings> settings, TimeProvider clock)
{
    public const int SecMinPeers = 5;

    /// <summary>All findings of a year for the given facilities (null: all facilities).</summary>
    public async Task<List<Finding>> EvaluateYearAsync(int year, IReadOnlyCollection<int>? facilityIds, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var today = ProvinceClock.Today(clock);
        var findings = new List<Finding>();
        var ids = facilityIds?.ToArray();

        var firstReported = new Dictionary<int, DateOnly>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT facility_id, min(month) FROM consumption_months
            WHERE month <= @last AND (@ids::int[] IS NULL OR facility_id = ANY(@ids)) GROUP BY facility_id
            """, conn))
        {
            cmd.Parameters.AddWithValue("last", last);
            cmd.Parameters.Add(new NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)ids ?? DBNull.Value });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) firstReported[r.GetInt32(0)] = r.GetFieldValue<DateOnly>(1);
        }

        var reportedByFacility = new Dictionary<int, HashSet<DateOnly>>();
        await ForEachFacilityAsync(conn, $"""
            SELECT facility_id, month, revision, total_toe, production_quantity, carriers, quantities, units
            FROM consumption_months
            WHERE month >= @from AND month <= @last AND (@ids::int[] IS NULL OR facility_id = ANY(@ids))
            ORDER BY facility_id, month
            """, cmd =>
            {
                cmd.Parameters.AddWithValue("from", first.AddMonths(-MonthRules.WindowMonths));
                cmd.Parameters.AddWithValue("last", last);
                cmd.Parameters.Add(new NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)ids ?? DBNull.Value });
            },
            (facilityId, months) =>
            {
                MonthRules.Evaluate(facilityId, months, m => m.Year == year, findings);
                reportedByFacility[facilityId] = months.Where(m => m.Month.Year == year).Select(m => m.Month).ToHashSet();
            }, ct);

        // missing-month: a due month of the year, from the facility's first reported month on, not reported.
        foreach (var (facilityId, since) in firstReported)
        {
            reportedByFacility.TryGetValue(facilityId, out var reported);
            for (var m = first; m <= last; m = m.AddMonths(1))
            {
                var due = settings.Value.MonthDueDate(m);
                if (m < since || today <= due || reported?.Contains(m) == true) continue;
                findings.Add(new Finding(facilityId, m, FindingCodes.MissingMonth, null,
                    Core.Messages.Message.Of("quality.missing-month", ("month", Common.Month.Format(m)), ("due", due)), 0));
            }
        }

        findings.AddRange(await SecOutliersAsync(conn, year, ids, ct));
        return findings;
    }

    /// <summary>
    /// Warnings for the months staged in this transaction (the PUT's month, an import's months), read
    /// after the merge inside the same transaction; missing months and yearly findings are not about
    /// what was written, so they are left to the list.
    /// </summary>
    public static async Task<List<Finding>> ForStagedAsync(NpgsqlConnection conn, ConsumptionStaging staged, CancellationToken ct)
    {
        var findings = new List<Finding>();
        await ForEachFacilityAsync(conn, $"""
            WITH t AS (SELECT facility_id, min(month) AS first, max(month) AS last FROM {ConsumptionStaging.Parts} s GROUP BY facility_id)
            SELECT c.facility_id, c.month, c.revision, c.total_toe, c.production_quantity, c.carriers, c.quantities, c.units
            FROM consumption_months c JOIN t ON t.facility_id = c.facility_id
            WHERE c.month >= (t.first - interval '{MonthRules.WindowMonths} months')::date AND c.month <= t.last
            ORDER BY c.facility_id, c.month
            """, _ => { },
            (facilityId, months) => MonthRules.Evaluate(facilityId, months, m => staged.Contains(facilityId, m), findings), ct);
        return findings;
    }

    private static async Task ForEachFacilityAsync(NpgsqlConnection conn, string sql, Action<NpgsqlCommand> parameters,
        Action<int, List<MonthFigures>> evaluate, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        parameters(cmd);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var months = new List<MonthFigures>(36);
        var current = -1;
        while (await r.ReadAsync(ct))
        {
            var facilityId = r.GetInt32(0);
            if (facilityId != current)
            {
                if (months.Count > 0) evaluate(current, months);
                months = new List<MonthFigures>(36);
                current = facilityId;
            }
            months.Add(new MonthFigures(r.GetFieldValue<DateOnly>(1), r.GetInt32(2), r.GetDouble(3),
                r.IsDBNull(4) ? null : r.GetDouble(4), r.GetFieldValue<string[]>(5), r.GetFieldValue<double[]>(6), r.GetFieldValue<string[]>(7)));
        }
        if (months.Count > 0) evaluate(current, months);
    }

    /// <summary>
    /// The year's SEC (TOE of the months with production over that production) of facilities with all
    /// 12 months, against their peers (same industry and production unit, at least <see cref="SecMinPeers"/>
    /// facilities): outside [Q1 − 1.5 IQR, Q3 + 1.5 IQR]. Version = the sum of the year's revisions.
    /// </summary>
    private static async Task<List<Finding>> SecOutliersAsync(NpgsqlConnection conn, int year, int[]? ids, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT f.id, f.industry, f.production_unit,
                   sum(m.total_toe) FILTER (WHERE m.production_quantity > 0) / sum(m.production_quantity) FILTER (WHERE m.production_quantity > 0),
                   sum(m.revision)
            FROM consumption_months m JOIN facilities f ON f.id = m.facility_id
            WHERE m.month BETWEEN @first AND @last AND f.industry IS NOT NULL AND f.production_unit IS NOT NULL
            GROUP BY f.id, f.industry, f.production_unit
            HAVING count(*) = 12 AND sum(m.production_quantity) FILTER (WHERE m.production_quantity > 0) > 0
            """, conn);
        cmd.Parameters.AddWithValue("first", new DateOnly(year, 1, 1));
        cmd.Parameters.AddWithValue("last", new DateOnly(year, 12, 1));
        var rows = new List<(int Id, string Industry, string Unit, double Sec, long Version)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) rows.Add((r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetInt64(4)));

        var findings = new List<Finding>();
        foreach (var group in rows.GroupBy(x => (x.Industry, x.Unit)).Where(g => g.Count() >= SecMinPeers))
        {
            var sorted = group.Select(x => x.Sec).Order().ToArray();
            var (q1, q3) = (Quantile(sorted, 0.25), Quantile(sorted, 0.75));
            var (low, high) = (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1));
            foreach (var x in group)
            {
                if (x.Sec >= low && x.Sec <= high || ids is not null && !ids.Contains(x.Id)) continue;
                findings.Add(new Finding(x.Id, new DateOnly(year, 1, 1), FindingCodes.SecOutlier, null,
                    Core.Messages.Message.Of("quality.sec-outlier", ("sec", x.Sec), ("unit", x.Unit), ("low", low), ("high", high),
                        ("peers", group.Count()), ("industry", group.Key.Industry)), x.Version));
            }
        }
        return findings;
    }

    /// <summary>Linear interpolation between order statistics (numpy's default, Excel's QUARTILE.INC).</summary>
    public static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }
}
