using System.Security.Claims;
using EnergySaving.Api.AnnualReports;
using EnergySaving.Api.Auth;
using EnergySaving.Api.DataQuality;
using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnergySaving.Api.Consumption;

/// <summary>What reporting a month wrote: the month as read back, and whether it was its first report (201) or not (200).</summary>
public sealed record MonthWritten(MonthResponse Month, bool Created);

/// <summary>
/// Reports or corrects one facility-month (PUT /api/facilities/{id}/consumption/{month} and the month form):
/// checks it, converts every entry, merges it as a revision and returns the row it wrote, read in the same
/// transaction, so that concurrent writers of the same month each get back their own revision.
/// </summary>
public sealed class MonthReporter(EnergySavingDbContext db, NpgsqlDataSource dataSource, MonthReportRules rules,
    ConsumptionReader reader, TimeProvider clock)
{
    public async Task<Outcome<MonthWritten>> ReportAsync(ClaimsPrincipal user, int facilityId, string month, MonthReportRequest body, CancellationToken ct)
    {
        var facility = await db.VisibleFacilities(user).AsNoTracking().FirstOrDefaultAsync(f => f.Id == facilityId, ct);
        if (facility is null) return Outcome<MonthWritten>.NotFound(FacilityNotFound(facilityId));
        if (MonthParameter.Error(month, clock, out var first) is { } monthError)
            return Outcome<MonthWritten>.Invalid("month", monthError);

        var (entries, errors) = rules.Check(facility, first, body);
        if (errors.Count > 0) return Outcome<MonthWritten>.Invalid(errors);

        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        ConsumptionMerge.Outcome outcome;
        List<Finding> findings;
        await using (var staging = await ConsumptionStaging.BeginAsync(conn, ct))
        {
            foreach (var entry in entries) staging.Add(entry);
            await staging.CompleteAsync(ct);
            // A submitted or accepted year is locked; the check holds the facility row, so a racing submission waits.
            if (await MonthLock.FindLockedAsync(conn, ct) is [var locked, ..]) return Outcome<MonthWritten>.Conflict(MonthLock.Locked(locked.Month));
            outcome = await ConsumptionMerge.MergeAsync(conn, staging, SubmittedBy.Of(user), clock.GetUtcNow(), ct);
            findings = await DataQualityEvaluator.ForStagedAsync(conn, staging, ct);
        }
        // Still inside the transaction that wrote (or locked) the row: no other writer can have replaced it yet.
        var written = await ReadMonthAsync(conn, facilityId, first, ct);
        await tx.CommitAsync(ct);
        return Outcome<MonthWritten>.Ok(new MonthWritten(reader.ToResponse(written) with { Warnings = DataQualityService.Warnings(findings) }, outcome.MonthsCreated == 1));
    }

    /// <summary>A facility the user may not see, or that does not exist (404).</summary>
    public static Message FacilityNotFound(int facilityId) => Facilities.FacilitiesApi.NotFound(facilityId);


    private static async Task<ConsumptionMonth> ReadMonthAsync(NpgsqlConnection conn, int facilityId, DateOnly month, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT revision, total_toe, production_quantity, production_unit, note, carriers, quantities, units, toes,
                   factor_ids, declared_toes, submitted_by, updated_at
            FROM consumption_months WHERE facility_id = @f AND month = @m
            """, conn);
        cmd.Parameters.AddWithValue("f", facilityId);
        cmd.Parameters.AddWithValue("m", month);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) throw new InvalidOperationException($"Facility {facilityId} month {month} was not written.");
        return new ConsumptionMonth
        {
            FacilityId = facilityId,
            Month = month,
            Revision = r.GetInt32(0),
            TotalToe = r.GetDouble(1),
            ProductionQuantity = r.IsDBNull(2) ? null : r.GetDouble(2),
            ProductionUnit = r.IsDBNull(3) ? null : r.GetString(3),
            Note = r.IsDBNull(4) ? null : r.GetString(4),
            Carriers = r.GetFieldValue<string[]>(5),
            Quantities = r.GetFieldValue<double[]>(6),
            Units = r.GetFieldValue<string[]>(7),
            Toes = r.GetFieldValue<double[]>(8),
            FactorIds = r.GetFieldValue<int[]>(9),
            DeclaredToes = r.GetFieldValue<double?[]>(10),
            SubmittedBy = r.GetString(11),
            UpdatedAt = r.GetFieldValue<DateTimeOffset>(12),
        };
    }
}
