using Npgsql;
using NpgsqlTypes;

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
            await using (var copy = await conn.BeginBinaryImportAsync($"COPY baseline_batch_results ({Columns}) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var r in rows) await WriteRowAsync(copy, r, ct);
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

    private static async Task WriteRowAsync(NpgsqlBinaryImporter copy, FacilityBaseline r, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(r.FacilityId, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(r.Status, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(r.Reasons, NpgsqlDbType.Jsonb, ct);
        await WriteAsync(copy, r.PeriodFrom, NpgsqlDbType.Date, ct);
        await WriteAsync(copy, r.PeriodTo, NpgsqlDbType.Date, ct);
        await WriteAsync(copy, r.ModelKind, NpgsqlDbType.Varchar, ct);
        await WriteAsync(copy, r.Intercept, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.Production, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.Hdd, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.Cdd, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.HeatingBalancePointC, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.CoolingBalancePointC, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.PValues, NpgsqlDbType.Jsonb, ct);
        await WriteAsync(copy, r.StandardErrors, NpgsqlDbType.Jsonb, ct);
        await WriteAsync(copy, r.N, NpgsqlDbType.Integer, ct);
        await WriteAsync(copy, r.R2, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.AdjustedR2, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.CvRmse, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.Nmbe, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.Adequate, NpgsqlDbType.Boolean, ct);
        await WriteAsync(copy, r.SecBaseline, NpgsqlDbType.Double, ct);
        await WriteAsync(copy, r.SecUnit, NpgsqlDbType.Varchar, ct);
        await WriteAsync(copy, r.Savings, NpgsqlDbType.Jsonb, ct);
        await copy.WriteAsync(r.AnnualSavings, NpgsqlDbType.Jsonb, ct);
        await copy.WriteAsync(r.InputFingerprint, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(r.ComputedAt, NpgsqlDbType.TimestampTz, ct);
        await copy.WriteAsync(r.CheckedAt, NpgsqlDbType.TimestampTz, ct);
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);
}
