using Npgsql;
using EnergySaving.Api.Infrastructure;

namespace EnergySaving.Api.Baselines;

/// <summary>
/// Replaces whole years of flags (one row per facility and year, tens of thousands at province scale) in the caller's
/// transaction: the new rows go into a temporary table with binary COPY, then only the differences are written —
/// rows of facilities no longer in a year are deleted, rows whose values changed are updated, new rows inserted. A run
/// that changes little writes little (and an update keeps the facility, so PostgreSQL does not check the foreign key
/// again). <c>computed_at</c> is therefore the time the row last changed.
/// </summary>
public static class AnnualFlagsCopy
{
    private const string Values = """
        annual_toe, months_reported, is_key, threshold, new_this_year, key_reason,
        is_candidate, candidate_insufficient_data, score, estimated_savings_toe, reasons
        """;

    /// <summary>The advisory lock key of the flags' writers ("annual_f" in ASCII).</summary>
    private const long WriterLock = 0x616E6E75616C5F66;

    public static async Task ReplaceYearsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, int[] years, IReadOnlyList<AnnualFlag> rows, CancellationToken ct)
    {
        // One writer of flags at a time (two finishers inserting the same years would collide); an advisory lock, so that
        // neither readers nor autovacuum are waited for.
        await using (var setup = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock({WriterLock});
            CREATE TEMP TABLE annual_flags_new (LIKE annual_flags) ON COMMIT DROP;
            """, conn, tx))
            await setup.ExecuteNonQueryAsync(ct);
        await CopyAsync(conn, rows, ct);
        await using var merge = new NpgsqlCommand(Merge, conn, tx);
        merge.Parameters.AddWithValue("years", years);
        await merge.ExecuteNonQueryAsync(ct);
    }

    private static readonly string[] ValueColumns = Values.Split(',', StringSplitOptions.TrimEntries);

    /// <summary>Deletes the rows of facilities no longer in a year, updates the rows that changed, inserts the new ones.</summary>
    private static readonly string Merge = $"""
            DELETE FROM annual_flags a WHERE a.year = ANY(@years)
              AND NOT EXISTS (SELECT 1 FROM annual_flags_new n WHERE n.year = a.year AND n.facility_id = a.facility_id);
            UPDATE annual_flags a SET {string.Join(", ", ValueColumns.Append("computed_at").Select(c => $"{c} = n.{c}"))}
            FROM annual_flags_new n
            WHERE a.year = n.year AND a.facility_id = n.facility_id
              AND ({string.Join(", ", ValueColumns.Select(c => $"a.{c}"))}) IS DISTINCT FROM ({string.Join(", ", ValueColumns.Select(c => $"n.{c}"))});
            INSERT INTO annual_flags SELECT n.* FROM annual_flags_new n
            WHERE NOT EXISTS (SELECT 1 FROM annual_flags a WHERE a.year = n.year AND a.facility_id = n.facility_id);
            """;

    private static async Task CopyAsync(NpgsqlConnection conn, IReadOnlyList<AnnualFlag> rows, CancellationToken ct)
    {
        await using var copy = await BinaryCopyWriter.BeginAsync(conn, $"COPY annual_flags_new (year, facility_id, {Values}, computed_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            copy.StartRow(14);
            copy.Int(r.Year);
            copy.Int(r.FacilityId);
            copy.Double(r.AnnualToe);
            copy.Int(r.MonthsReported);
            copy.Bool(r.IsKey);
            copy.Double(r.Threshold);
            copy.Bool(r.NewThisYear);
            copy.Text(r.KeyReason);
            copy.Bool(r.IsCandidate);
            copy.Bool(r.CandidateInsufficientData);
            copy.Double(r.Score);
            copy.Double(r.EstimatedSavingsToe);
            copy.Jsonb(r.Reasons);
            copy.Timestamp(r.ComputedAt);
        }
        await copy.CompleteAsync(ct);
    }
}
