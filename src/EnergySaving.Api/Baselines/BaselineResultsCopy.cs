using Npgsql;
using EnergySaving.Api.Infrastructure;

namespace EnergySaving.Api.Baselines;

/// <summary>
/// Writes a batch's new results into facility_baselines in the caller's transaction: binary COPY into a temporary
/// table, one upsert from it, and one update of <c>checked_at</c> for the facilities whose inputs had not changed.
/// </summary>
public static class BaselineResultsCopy
{
    private const string Columns = """
        facility_id, status, reasons, period_from, period_to, model_kind, intercept, production, hdd, cdd,
        heating_balance_point_c, cooling_balance_point_c, p_values, standard_errors, n, r2, adjusted_r2, cv_rmse, nmbe,
        adequate, sec_baseline, sec_unit, savings, annual_savings, input_fingerprint, computed_at, checked_at
        """;

    private static readonly string Updates = string.Join(", ", Columns.Split(',', StringSplitOptions.TrimEntries)
        .Where(c => c != "facility_id").Select(c => $"{c} = excluded.{c}"));

    public static async Task WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<FacilityBaseline> rows,
        IReadOnlyCollection<int> unchanged, DateTimeOffset checkedAt, CancellationToken ct)
    {
        if (rows.Count > 0)
        {
            await using (var create = new NpgsqlCommand(
                "CREATE TEMP TABLE baseline_batch_results (LIKE facility_baselines INCLUDING DEFAULTS) ON COMMIT DROP", conn, tx))
                await create.ExecuteNonQueryAsync(ct);
            await using (var copy = await BinaryCopyWriter.BeginAsync(conn, $"COPY baseline_batch_results ({Columns}) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var r in rows) WriteRow(copy, r);
                await copy.CompleteAsync(ct);
            }
            await using var upsert = new NpgsqlCommand($"""
                INSERT INTO facility_baselines ({Columns}) SELECT {Columns} FROM baseline_batch_results
                ON CONFLICT (facility_id) DO UPDATE SET {Updates};
                DROP TABLE baseline_batch_results
                """, conn, tx);
            await upsert.ExecuteNonQueryAsync(ct);
        }
        if (unchanged.Count > 0)
        {
            await using var touch = new NpgsqlCommand("UPDATE facility_baselines SET checked_at = @at WHERE facility_id = ANY(@ids)", conn, tx);
            touch.Parameters.AddWithValue("at", checkedAt);
            touch.Parameters.AddWithValue("ids", unchanged.ToArray());
            await touch.ExecuteNonQueryAsync(ct);
        }
    }

    private static void WriteRow(BinaryCopyWriter copy, FacilityBaseline r)
    {
        copy.StartRow(27);
        copy.Int(r.FacilityId);
        copy.Text(r.Status);
        copy.Jsonb(r.Reasons);
        copy.Date(r.PeriodFrom);
        copy.Date(r.PeriodTo);
        copy.Text(r.ModelKind);
        copy.Double(r.Intercept);
        copy.Double(r.Production);
        copy.Double(r.Hdd);
        copy.Double(r.Cdd);
        copy.Double(r.HeatingBalancePointC);
        copy.Double(r.CoolingBalancePointC);
        copy.Jsonb(r.PValues);
        copy.Jsonb(r.StandardErrors);
        copy.Int(r.N);
        copy.Double(r.R2);
        copy.Double(r.AdjustedR2);
        copy.Double(r.CvRmse);
        copy.Double(r.Nmbe);
        copy.Bool(r.Adequate);
        copy.Double(r.SecBaseline);
        copy.Text(r.SecUnit);
        copy.Jsonb(r.Savings);
        copy.Jsonb(r.AnnualSavings);
        copy.Text(r.InputFingerprint);
        copy.Timestamp(r.ComputedAt);
        copy.Timestamp(r.CheckedAt);
    }
}
