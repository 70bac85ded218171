using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EnergySaving.Api.Reporting;

public sealed record CompletenessItem(int FacilityId, string Code, string Name, IReadOnlyList<string> Months);

public sealed record CompletenessResponse(int Year, IReadOnlyList<CompletenessItem> Items);

/// <summary>
/// The completeness matrix of a year: for each facility and month, reported (by its due date), late
/// (first reported after it), missing (due and absent) or not-due. "First reported" is revision 1's
/// time, so a later correction never makes a month late. One query over the year's months.
/// </summary>
public sealed class CompletenessQuery(NpgsqlDataSource dataSource, IOptions<ReportingSettings> settings, TimeProvider clock)
{
    public const string Reported = "reported", Late = "late", Missing = "missing", NotDue = "not-due";

    public async Task<CompletenessResponse> GetAsync(int year, IReadOnlyCollection<int>? facilityIds, CancellationToken ct)
    {
        var ids = facilityIds?.ToArray();
        var today = ProvinceClock.Today(clock);
        var dues = Enumerable.Range(1, 12).Select(m => settings.Value.MonthDueDate(new DateOnly(year, m, 1))).ToArray();
        await using var conn = await dataSource.OpenConnectionAsync(ct);

        var firstAt = new Dictionary<int, DateTimeOffset?[]>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT c.facility_id, extract(month FROM c.month)::int, coalesce(r.updated_at, c.updated_at)
            FROM consumption_months c
            LEFT JOIN consumption_revisions r ON r.facility_id = c.facility_id AND r.month = c.month AND r.revision = 1
            WHERE c.month BETWEEN @first AND @last AND (@ids::int[] IS NULL OR c.facility_id = ANY(@ids))
            """, conn))
        {
            cmd.Parameters.AddWithValue("first", new DateOnly(year, 1, 1));
            cmd.Parameters.AddWithValue("last", new DateOnly(year, 12, 1));
            cmd.Parameters.Add(new NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)ids ?? DBNull.Value });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var id = r.GetInt32(0);
                if (!firstAt.TryGetValue(id, out var months)) firstAt[id] = months = new DateTimeOffset?[12];
                months[r.GetInt32(1) - 1] = r.GetFieldValue<DateTimeOffset>(2);
            }
        }

        var items = new List<CompletenessItem>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT id, code, name FROM facilities WHERE (@ids::int[] IS NULL OR id = ANY(@ids)) ORDER BY code COLLATE \"C\"", conn))
        {
            cmd.Parameters.Add(new NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)ids ?? DBNull.Value });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            var empty = new DateTimeOffset?[12];
            while (await r.ReadAsync(ct))
            {
                var id = r.GetInt32(0);
                var months = firstAt.GetValueOrDefault(id) ?? empty;
                var states = new string[12];
                for (var m = 0; m < 12; m++)
                    states[m] = months[m] is { } at ? (ProvinceClock.DateOf(at) > dues[m] ? Late : Reported)
                        : today > dues[m] ? Missing : NotDue;
                items.Add(new CompletenessItem(id, r.GetString(1), r.GetString(2), states));
            }
        }
        return new CompletenessResponse(year, items);
    }
}
