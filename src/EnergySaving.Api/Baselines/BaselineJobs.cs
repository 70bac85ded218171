using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Jobs;
using EnergySaving.Core.Baselines;
using EnergySaving.Core.Messages;
using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace EnergySaving.Api.Baselines;

/// <summary>
/// The Hangfire jobs of a baseline run. Arguments are ids only. Every job may run twice with the same result:
/// results are upserts, a batch counts towards progress only when its done flag flips, the finisher recomputes
/// whole years.
/// </summary>
public sealed class BaselineJobs(
    EnergySavingDbContext db,
    IBackgroundJobClient jobs,
    BaselineRunStarter starter,
    AnnualFlagsCalculator flags,
    JobsInstance instance,
    TimeProvider clock,
    ILogger<BaselineJobs> logger)
{
    public const int BatchRetries = 3;

    /// <summary>Fits every facility of one batch. A facility that fails is recorded in the run's errors; a database failure retries the batch.</summary>
    [AutomaticRetry(Attempts = BatchRetries, DelaysInSeconds = [1, 5, 20])]
    public async Task FitBatchAsync(Guid runId, int batchNo, int[] facilityIds, PerformContext? context, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""
            UPDATE baseline_runs SET status = {BaselineRun.Running}, started_at = coalesce(started_at, now()) WHERE id = {runId} AND status = {BaselineRun.Queued};
            UPDATE baseline_run_batches SET executions = executions + 1, processed_by = {instance.Name} WHERE run_id = {runId} AND batch_no = {batchNo};
            """, ct);
        var done = await db.BaselineRunBatches.AsNoTracking().Where(b => b.RunId == runId && b.BatchNo == batchNo).Select(b => (bool?)b.Done).FirstOrDefaultAsync(ct);
        if (done != false) return; // unknown run or batch already counted

        try
        {
            await FitAndSaveAsync(runId, batchNo, facilityIds, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException && (context?.GetJobParameter<int>("RetryCount") ?? 0) >= BatchRetries)
        {
            // Last attempt: record every facility of the batch as failed so the run still finishes.
            logger.LogError(e, "Baseline run {RunId} batch {BatchNo} failed after {Retries} retries", runId, batchNo, BatchRetries);
            db.ChangeTracker.Clear();
            await RecordErrorsAsync(runId, facilityIds.ToDictionary(id => id, _ => Message.Of("baseline.run.batch-failed", ("batch", batchNo), ("retries", BatchRetries), ("error", e.Message))), ct);
            await CompleteBatchAsync(runId, batchNo, 0, null, ct);
        }
    }

    private async Task FitAndSaveAsync(Guid runId, int batchNo, int[] facilityIds, CancellationToken ct)
    {
        var readAt = clock.GetUtcNow();
        var inputs = await BaselineInputs.LoadAsync(db, facilityIds, ct);
        var ids = inputs.Select(i => i.FacilityId).ToArray();
        var existing = await db.FacilityBaselines.AsNoTracking().Where(b => ids.Contains(b.FacilityId))
            .ToDictionaryAsync(b => b.FacilityId, b => b.InputFingerprint, ct);
        var errors = new Dictionary<int, Message>();
        foreach (var missing in facilityIds.Except(ids)) errors[missing] = Message.Of("baseline.run.facility-missing", ("id", missing));

        // Unchanged inputs (same fingerprint) only move checked_at; the others are fitted on every core.
        var unchanged = inputs.Where(i => existing.GetValueOrDefault(i.FacilityId) == i.Fingerprint).Select(i => i.FacilityId).ToList();
        var toFit = inputs.Where(i => existing.GetValueOrDefault(i.FacilityId) != i.Fingerprint).ToArray();
        var rows = new FacilityBaseline?[toFit.Length];
        var failures = new string?[toFit.Length];
        Parallel.For(0, toFit.Length, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var input = toFit[i];
            try
            {
                var result = BaselineFitter.Fit(input.Months, input.Options);
                var row = new FacilityBaseline
                {
                    FacilityId = input.FacilityId, Status = result.Status, Reasons = "[]", AnnualSavings = "[]",
                    InputFingerprint = input.Fingerprint, ComputedAt = readAt, CheckedAt = readAt,
                };
                BaselineRecords.Apply(row, result, input);
                rows[i] = row;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[i] = e.Message;
            }
        });
        for (var i = 0; i < toFit.Length; i++)
            if (failures[i] is { } message) errors[toFit[i].FacilityId] = Message.Of("baseline.run.fit-failed", ("error", message));

        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await BaselineResultsCopy.WriteAsync(conn, (NpgsqlTransaction)tx.GetDbTransaction(), rows.OfType<FacilityBaseline>().ToList(), unchanged, readAt, ct);
        await RecordErrorsAsync(runId, errors, ct);
        await CompleteBatchAsync(runId, batchNo, unchanged.Count, tx, ct);
    }

    private async Task RecordErrorsAsync(Guid runId, Dictionary<int, Message> errors, CancellationToken ct)
    {
        if (errors.Count == 0) return;
        var facilityIds = errors.Keys.ToArray();
        var messages = errors.Values.Select(StoredMessages.WriteOne).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO baseline_run_errors (run_id, facility_id, message)
            SELECT {runId}, e.facility_id, e.message FROM unnest({facilityIds}, {messages}) AS e(facility_id, message)
            ON CONFLICT (run_id, facility_id) DO UPDATE SET message = excluded.message
            """, ct);
    }

    /// <summary>Flips the batch's done flag once and adds its facilities to the run; the batch that completes the run enqueues the finisher.</summary>
    private async Task CompleteBatchAsync(Guid runId, int batchNo, int unchanged, IDbContextTransaction? tx, CancellationToken ct)
    {
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            WITH b AS (
                UPDATE baseline_run_batches SET done = true, completed_at = now()
                WHERE run_id = @run AND batch_no = @batch AND NOT done RETURNING facility_count)
            UPDATE baseline_runs r SET facilities_done = r.facilities_done + b.facility_count,
                facilities_unchanged = r.facilities_unchanged + @unchanged, batches_done = r.batches_done + 1
            FROM b WHERE r.id = @run
            RETURNING r.batches_done = r.batches_total
            """, conn, tx?.GetDbTransaction() as NpgsqlTransaction);
        cmd.Parameters.AddWithValue("run", runId);
        cmd.Parameters.AddWithValue("batch", batchNo);
        cmd.Parameters.AddWithValue("unchanged", unchanged);
        var last = await cmd.ExecuteScalarAsync(ct) is true;
        if (tx is not null) await tx.CommitAsync(ct);
        if (last) jobs.Enqueue<BaselineJobs>(j => j.FinishRunAsync(runId, null, CancellationToken.None));
    }

    /// <summary>Recomputes the annual flags of the years the run's facilities have data in (and the year after each), then closes the run.</summary>
    [AutomaticRetry(Attempts = FinishRetries, DelaysInSeconds = [1, 5, 20, 60, 120])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task FinishRunAsync(Guid runId, PerformContext? context, CancellationToken ct)
    {
        try
        {
            await FinishAsync(runId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException && (context?.GetJobParameter<int>("RetryCount") ?? 0) >= FinishRetries)
        {
            // Last attempt: the run must not stay "running" for ever.
            logger.LogError(e, "Baseline run {RunId}: the annual flags could not be recomputed after {Retries} retries", runId, FinishRetries);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE baseline_runs SET status = {BaselineRun.Failed}, finished_at = coalesce(finished_at, now())
                WHERE id = {runId} AND status IN ({BaselineRun.Queued}, {BaselineRun.Running})
                """, CancellationToken.None);
        }
    }

    public const int FinishRetries = 5;

    private sealed record DataYear(int Year, bool InRun);

    private async Task FinishAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.BaselineRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var ids = (await db.BaselineRunBatches.AsNoTracking().Where(b => b.RunId == runId).Select(b => b.FacilityIds).ToListAsync(ct))
            .SelectMany(x => x).ToArray();
        // One pass over the months: the years with data, and whether the run's facilities have data in each.
        var dataYears = await db.Database.SqlQuery<DataYear>($"""
            SELECT date_part('year', month)::int AS year, bool_or(facility_id = ANY({ids})) AS in_run
            FROM consumption_months GROUP BY 1
            """).ToListAsync(ct);
        var years = dataYears.Where(y => y.InRun).Select(y => y.Year).ToList();
        var affected = years.Concat(years.Select(y => y + 1)).Where(y => dataYears.Any(d => d.Year == y)).Distinct().Order().ToList();
        await flags.RecomputeAsync(affected, ct);

        var errors = await db.BaselineRunErrors.CountAsync(e => e.RunId == runId, ct);
        var status = run.FacilitiesTotal > 0 && errors >= run.FacilitiesTotal ? BaselineRun.Failed : BaselineRun.Succeeded;
        await db.Database.ExecuteSqlAsync($"""
            UPDATE baseline_runs SET status = {status}, started_at = coalesce(started_at, now()), finished_at = coalesce(finished_at, now())
            WHERE id = {runId} AND status IN ({BaselineRun.Queued}, {BaselineRun.Running})
            """, ct);
        logger.LogInformation("Baseline run {RunId} {Status}: {Facilities} facilities, {Errors} errors, years {Years} (annual flags in {Ms} ms)",
            runId, status, run.FacilitiesTotal, errors, string.Join(",", affected), (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The recurring job: a run over the facilities whose data changed.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task NightlyAsync(CancellationToken ct)
    {
        var run = await starter.StartForChangedAsync(ct);
        logger.LogInformation("Nightly baselines: {Run}", run is null ? "nothing changed" : $"run {run.Id} over {run.FacilitiesTotal} facilities");
    }
}
