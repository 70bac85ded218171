using Npgsql;

namespace EnergySaving.Api.Consumption;

/// <summary>
/// Turns the staged entries into revisions, set-based, inside the caller's transaction:
/// a month seen for the first time gets revision 1; a month whose content differs from its current
/// revision gets the next revision (the earlier one stays in consumption_revisions); a month sent
/// again unchanged is left alone. The primary key of consumption_months serialises concurrent
/// writers of one facility-month: a second writer waits on the first's insert or row lock, then sees
/// its result, so no revision is lost and none is duplicated.
/// </summary>
public static class ConsumptionMerge
{
    public sealed record Outcome(int MonthsStaged, int MonthsCreated, int MonthsRevised, int Facilities);

    /// <summary>Cross-row problems the per-row checks cannot see: a carrier twice in a month, conflicting production.</summary>
    public static async Task<List<RowError>> CheckAsync(NpgsqlConnection conn, int limit, CancellationToken ct)
    {
        var errors = new List<RowError>();
        await using var cmd = new NpgsqlCommand("""
            SELECT e.row_no, 'carrier', format('Carrier %s appears more than once for this facility and month (rows %s).', e.carrier, d.rows)
            FROM staged_entries e
            JOIN (SELECT facility_id, month, carrier, string_agg(row_no::text, ', ' ORDER BY row_no) AS rows
                  FROM staged_entries GROUP BY facility_id, month, carrier HAVING count(*) > 1) d
              USING (facility_id, month, carrier)
            UNION ALL
            SELECT e.row_no, 'production_quantity', 'Production differs between rows of the same facility and month.'
            FROM staged_entries e
            JOIN (SELECT facility_id, month FROM staged_entries WHERE production_quantity IS NOT NULL
                  GROUP BY facility_id, month HAVING count(DISTINCT (production_quantity, production_unit)) > 1) p
              USING (facility_id, month)
            ORDER BY 1
            LIMIT @limit
            """, conn);
        cmd.Parameters.AddWithValue("limit", limit);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            errors.Add(new RowError(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        return errors;
    }

    public static async Task<Outcome> MergeAsync(NpgsqlConnection conn, string submittedBy, DateTimeOffset at, CancellationToken ct)
    {
        await ExecAsync(conn, """
            ANALYZE staged_entries;
            CREATE TEMP TABLE staged_months ON COMMIT DROP AS
            SELECT facility_id, month, sum(toe) AS total_toe, max(production_quantity) AS production_quantity,
                   max(production_unit) AS production_unit, max(note) AS note
            FROM staged_entries GROUP BY facility_id, month;
            CREATE TEMP TABLE written_months (facility_id int, month date, revision int, is_new bool) ON COMMIT DROP;
            """, ct, at);
        var staged = await ScalarAsync(conn, "SELECT count(*) FROM staged_months", ct, at);

        await ExecAsync(conn, """
            WITH inserted AS (
                INSERT INTO consumption_months (facility_id, month, revision, total_toe, production_quantity, production_unit, note, updated_at)
                SELECT facility_id, month, 1, total_toe, production_quantity, production_unit, note, @at
                FROM staged_months ORDER BY facility_id, month
                ON CONFLICT (facility_id, month) DO NOTHING
                RETURNING facility_id, month)
            INSERT INTO written_months SELECT facility_id, month, 1, true FROM inserted;
            """, ct, at);
        var created = await ScalarAsync(conn, "SELECT count(*) FROM written_months", ct, at);

        long revised = 0;
        if (created < staged)
        {
            await ExecAsync(conn, """
                CREATE TEMP TABLE existing_months ON COMMIT DROP AS
                SELECT s.* FROM staged_months s
                WHERE NOT EXISTS (SELECT 1 FROM written_months w WHERE w.facility_id = s.facility_id AND w.month = s.month);

                SELECT count(*) FROM (
                    SELECT 1 FROM consumption_months c JOIN existing_months s USING (facility_id, month)
                    ORDER BY c.facility_id, c.month FOR UPDATE OF c) locked;

                INSERT INTO written_months
                SELECT c.facility_id, c.month, c.revision + 1, false
                FROM consumption_months c JOIN existing_months s USING (facility_id, month)
                WHERE c.production_quantity IS DISTINCT FROM s.production_quantity
                   OR c.production_unit IS DISTINCT FROM s.production_unit
                   OR c.note IS DISTINCT FROM s.note
                   OR EXISTS (SELECT carrier, quantity, unit, declared_toe FROM staged_entries e
                              WHERE e.facility_id = c.facility_id AND e.month = c.month
                              EXCEPT
                              SELECT carrier, quantity, unit, declared_toe FROM consumption_entries x
                              WHERE x.facility_id = c.facility_id AND x.month = c.month AND x.revision = c.revision)
                   OR EXISTS (SELECT carrier, quantity, unit, declared_toe FROM consumption_entries x
                              WHERE x.facility_id = c.facility_id AND x.month = c.month AND x.revision = c.revision
                              EXCEPT
                              SELECT carrier, quantity, unit, declared_toe FROM staged_entries e
                              WHERE e.facility_id = c.facility_id AND e.month = c.month);

                UPDATE consumption_months c
                SET revision = w.revision, total_toe = s.total_toe, production_quantity = s.production_quantity,
                    production_unit = s.production_unit, note = s.note, updated_at = @at
                FROM written_months w JOIN existing_months s USING (facility_id, month)
                WHERE NOT w.is_new AND c.facility_id = w.facility_id AND c.month = w.month;
                """, ct, at);
            revised = await ScalarAsync(conn, "SELECT count(*) FROM written_months WHERE NOT is_new", ct, at);
        }

        await using (var history = new NpgsqlCommand("""
            INSERT INTO consumption_revisions (facility_id, month, revision, total_toe, production_quantity, production_unit, note, submitted_by, submitted_at)
            SELECT w.facility_id, w.month, w.revision, s.total_toe, s.production_quantity, s.production_unit, s.note, @by, @at
            FROM written_months w JOIN staged_months s USING (facility_id, month);

            INSERT INTO consumption_entries (facility_id, month, revision, carrier, quantity, unit, toe, factor_id, declared_toe)
            SELECT e.facility_id, e.month, w.revision, e.carrier, e.quantity, e.unit, e.toe, e.factor_id, e.declared_toe
            FROM staged_entries e JOIN written_months w USING (facility_id, month);
            """, conn))
        {
            history.Parameters.AddWithValue("by", submittedBy);
            history.Parameters.AddWithValue("at", at);
            await history.ExecuteNonQueryAsync(ct);
        }

        var facilities = await ScalarAsync(conn, "SELECT count(DISTINCT facility_id) FROM staged_months", ct, at);
        return new Outcome((int)staged, (int)created, (int)revised, (int)facilities);
    }

    private static async Task ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct, DateTimeOffset at)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        if (sql.Contains("@at", StringComparison.Ordinal)) cmd.Parameters.AddWithValue("at", at);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql, CancellationToken ct, DateTimeOffset at)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        if (sql.Contains("@at", StringComparison.Ordinal)) cmd.Parameters.AddWithValue("at", at);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
    }
}
