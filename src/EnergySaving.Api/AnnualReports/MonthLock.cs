using EnergySaving.Api.Consumption;
using Npgsql;

namespace EnergySaving.Api.AnnualReports;

/// <summary>
/// The months of a year whose annual report is submitted or accepted are locked. Called by every
/// writer of months (the PUT and the import) inside its transaction, after staging and before the
/// merge: it takes a FOR SHARE lock on the facilities being written, which conflicts with the
/// FOR NO KEY UPDATE a submission takes on its facility. So a write and a submission of the same
/// facility are serialised: the write either commits before the submission reads the months for
/// its snapshot, or waits and then sees the submitted report here and is refused. Row locks live in
/// the tuples, so an import touching ten thousand facilities needs no lock-table memory.
/// </summary>
public static class MonthLock
{
    public readonly record struct LockedMonth(int FacilityId, DateOnly Month);

    /// <summary>
    /// The staged facility-months (see <see cref="ConsumptionStaging"/>) that may not be written, in order.
    /// A month sent again with exactly its current content is not a write (the merge leaves it alone),
    /// so it is not refused: re-running an import, such as the demo data's, stays possible.
    /// </summary>
    public static async Task<IReadOnlyList<LockedMonth>> FindLockedAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using (var share = new NpgsqlCommand($"""
            SELECT count(*) FROM (
                SELECT 1 FROM facilities f WHERE f.id IN (SELECT facility_id FROM {ConsumptionStaging.Parts} s)
                ORDER BY f.id FOR SHARE OF f) locked
            """, conn))
            await share.ExecuteScalarAsync(ct);

        await using var find = new NpgsqlCommand($"""
            SELECT DISTINCT s.facility_id, s.month
            FROM {ConsumptionStaging.Parts} s
            JOIN annual_reports r ON r.facility_id = s.facility_id AND r.year = extract(year FROM s.month)::int
            LEFT JOIN consumption_months c ON c.facility_id = s.facility_id AND c.month = s.month
            WHERE r.status IN {AnnualReportStatus.LockingSql}
              AND (c.facility_id IS NULL
                   OR (c.carriers, c.quantities, c.units, c.declared_toes, c.production_quantity, c.production_unit, c.note)
                      IS DISTINCT FROM (s.carriers, s.quantities, s.units, s.declared_toes, s.production_quantity, s.production_unit, s.note))
            ORDER BY 1, 2
            """, conn);
        var locked = new List<LockedMonth>();
        await using var reader = await find.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            locked.Add(new LockedMonth(reader.GetInt32(0), DateOnly.FromDateTime(reader.GetDateTime(1))));
        return locked;
    }

    /// <summary>Why a write of <paramref name="month"/> is refused (409 of the PUT, a row error of an import).</summary>
    public static Core.Messages.Message Locked(DateOnly month) =>
        Core.Messages.Message.Of("annual-report.month-locked", ("month", Common.Month.Format(month)), ("year", month.Year));
}
