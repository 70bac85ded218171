using Npgsql;

namespace EnergySaving.Api.Consumption;

/// <summary>
/// Turns the staged entries into months, set-based, inside the caller's transaction:
/// a month seen for the first time becomes revision 1; a month whose content differs from its
/// current revision gets the next revision, and the replaced one moves to consumption_revisions; a
/// month sent again unchanged is left alone. The primary key of consumption_months serialises
/// concurrent writers of one facility-month: a second writer waits on the first's insert or row
/// lock, then sees its result, so no revision is lost and none is duplicated.
/// </summary>
public static class ConsumptionMerge
{
    public sealed record Outcome(int MonthsCreated, int MonthsRevised);

    /// <summary>Parts of a month scattered through a file, joined into one row with entries sorted by carrier.</summary>
    private const string JoinParts = $"""
        CREATE TEMP TABLE staged_months ON COMMIT DROP AS
        SELECT facility_id, month, sum(toe) AS total_toe,
               max(production_quantity) AS production_quantity, max(production_unit) AS production_unit, max(note) AS note,
               array_agg(carrier ORDER BY carrier COLLATE "C") AS carriers, array_agg(quantity ORDER BY carrier COLLATE "C") AS quantities,
               array_agg(unit ORDER BY carrier COLLATE "C") AS units, array_agg(toe ORDER BY carrier COLLATE "C") AS toes,
               array_agg(factor_id ORDER BY carrier COLLATE "C") AS factor_ids, array_agg(declared_toe ORDER BY carrier COLLATE "C") AS declared_toes
        FROM {ConsumptionStaging.Parts} p,
             unnest(p.carriers, p.quantities, p.units, p.toes, p.factor_ids, p.declared_toes) AS e(carrier, quantity, unit, toe, factor_id, declared_toe)
        GROUP BY facility_id, month;
        """;

    private const string Columns =
        "facility_id, month, revision, total_toe, production_quantity, production_unit, note, carriers, quantities, units, toes, factor_ids, declared_toes, submitted_by, updated_at";

    /// <summary>
    /// Months that exist (existing_months): lock them in a fixed order, keep those whose content changed,
    /// move their current revision to the history and replace it.
    /// </summary>
    private const string ReviseExisting = $"""
        SELECT count(*) FROM (
            SELECT 1 FROM consumption_months c JOIN existing_months s USING (facility_id, month)
            ORDER BY c.facility_id, c.month FOR UPDATE OF c) locked;

        CREATE TEMP TABLE changed_months ON COMMIT DROP AS
        SELECT s.*, c.revision + 1 AS revision
        FROM consumption_months c JOIN existing_months s USING (facility_id, month)
        WHERE (c.carriers, c.quantities, c.units, c.declared_toes, c.production_quantity, c.production_unit, c.note)
              IS DISTINCT FROM (s.carriers, s.quantities, s.units, s.declared_toes, s.production_quantity, s.production_unit, s.note);

        INSERT INTO consumption_revisions ({Columns})
        SELECT {PrefixedC} FROM consumption_months c JOIN changed_months USING (facility_id, month);

        UPDATE consumption_months c
        SET revision = n.revision, total_toe = n.total_toe, production_quantity = n.production_quantity,
            production_unit = n.production_unit, note = n.note, carriers = n.carriers, quantities = n.quantities,
            units = n.units, toes = n.toes, factor_ids = n.factor_ids, declared_toes = n.declared_toes,
            submitted_by = @by, updated_at = @at
        FROM changed_months n
        WHERE c.facility_id = n.facility_id AND c.month = n.month;
        """;

    private const string InsertColumns = "facility_id, month, 1, total_toe, production_quantity, production_unit, note, carriers, quantities, units, toes, factor_ids, declared_toes, @by, @at";

    /// <summary>
    /// Merges the staged months. <c>bulk</c> (an import): take SHARE ROW EXCLUSIVE on consumption_months for the rest of the transaction, so no
    /// other writer can add or change a month meanwhile, and insert the new months with a plain INSERT
    /// (about a fifth cheaper than ON CONFLICT … RETURNING per row), in the order they were staged: with no
    /// other inserter there is no lock order to keep, and sorting a few hundred thousand wide rows would spill
    /// to disk. Other writers of months wait for the import's commit; readers do not. A single month (the
    /// PUT) keeps row-level concurrency.
    /// </summary>
    public static async Task<Outcome> MergeAsync(NpgsqlConnection conn, ConsumptionStaging staging, string submittedBy, DateTimeOffset at,
        CancellationToken ct, bool bulk = false)
    {
        var months = staging.HasSplitMonths ? "staged_months" : ConsumptionStaging.Parts;
        if (staging.HasSplitMonths) await ExecAsync(conn, JoinParts, submittedBy, at, ct);
        if (bulk) return await MergeBulkAsync(conn, months, submittedBy, at, ct);

        // Months never reported before: inserted directly as revision 1 (the whole of a first import).
        await ExecAsync(conn, $"""
            CREATE TEMP TABLE written_months (facility_id int, month date, revision int, is_new bool) ON COMMIT DROP;
            WITH inserted AS (
                INSERT INTO consumption_months ({Columns})
                SELECT {InsertColumns}
                FROM {months} s ORDER BY facility_id, month
                ON CONFLICT (facility_id, month) DO NOTHING
                RETURNING facility_id, month)
            INSERT INTO written_months SELECT facility_id, month, 1, true FROM inserted;
            """, submittedBy, at, ct);
        var created = await ScalarAsync(conn, "SELECT count(*) FROM written_months", ct);

        long revised = 0;
        if (created < staging.Months)
        {
            await ExecAsync(conn, $"""
                CREATE TEMP TABLE existing_months ON COMMIT DROP AS
                SELECT * FROM {months} s
                WHERE NOT EXISTS (SELECT 1 FROM written_months w WHERE w.facility_id = s.facility_id AND w.month = s.month);
                {ReviseExisting}
                INSERT INTO written_months SELECT facility_id, month, revision, false FROM changed_months;
                """, submittedBy, at, ct);
            revised = await ScalarAsync(conn, "SELECT count(*) FROM written_months WHERE NOT is_new", ct);
        }
        return new Outcome((int)created, (int)revised);
    }

    private static async Task<Outcome> MergeBulkAsync(NpgsqlConnection conn, string months, string submittedBy, DateTimeOffset at, CancellationToken ct)
    {
        await ExecAsync(conn, $"""
            LOCK TABLE consumption_months IN SHARE ROW EXCLUSIVE MODE;
            CREATE TEMP TABLE existing_months ON COMMIT DROP AS
            SELECT * FROM {months} s
            WHERE EXISTS (SELECT 1 FROM consumption_months c WHERE c.facility_id = s.facility_id AND c.month = s.month);
            """, submittedBy, at, ct);
        var existing = await ScalarAsync(conn, "SELECT count(*) FROM existing_months", ct);
        var created = await ExecAsync(conn, $"""
            INSERT INTO consumption_months ({Columns})
            SELECT {InsertColumns}
            FROM {months} s
            {(existing == 0 ? "" : "WHERE NOT EXISTS (SELECT 1 FROM existing_months e WHERE e.facility_id = s.facility_id AND e.month = s.month)")}
            """, submittedBy, at, ct);
        long revised = 0;
        if (existing > 0)
        {
            await ExecAsync(conn, ReviseExisting, submittedBy, at, ct);
            revised = await ScalarAsync(conn, "SELECT count(*) FROM changed_months", ct);
        }
        return new Outcome(created, (int)revised);
    }

    private const string PrefixedC =
        "c.facility_id, c.month, c.revision, c.total_toe, c.production_quantity, c.production_unit, c.note, c.carriers, c.quantities, c.units, c.toes, c.factor_ids, c.declared_toes, c.submitted_by, c.updated_at";

    /// <summary>Runs the statements; returns the rows they affected (use it with a single INSERT).</summary>
    private static async Task<int> ExecAsync(NpgsqlConnection conn, string sql, string submittedBy, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("by", submittedBy);
        cmd.Parameters.AddWithValue("at", at);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
    }
}
