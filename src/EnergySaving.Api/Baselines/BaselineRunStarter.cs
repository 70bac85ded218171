using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Baselines;

/// <summary>Creates a run with its batches and enqueues one Hangfire job per batch (facility ids as arguments).</summary>
public sealed class BaselineRunStarter(EnergySavingDbContext db, IBackgroundJobClient jobs, IOptions<JobsSettings> settings, TimeProvider clock)
{
    public async Task<BaselineRun> StartAsync(IReadOnlyCollection<int> facilityIds, string requestedBy, string trigger, CancellationToken ct)
    {
        var ids = facilityIds.Distinct().Order().ToArray();
        var size = Math.Max(1, settings.Value.BatchSize);
        var chunks = ids.Chunk(size).ToList();
        var run = new BaselineRun
        {
            Id = Guid.NewGuid(), Status = BaselineRun.Queued, RequestedBy = requestedBy, Trigger = trigger,
            FacilitiesTotal = ids.Length, BatchesTotal = chunks.Count, CreatedAt = clock.GetUtcNow(),
        };
        db.BaselineRuns.Add(run);
        for (var i = 0; i < chunks.Count; i++)
            db.BaselineRunBatches.Add(new BaselineRunBatch { RunId = run.Id, BatchNo = i, FacilityCount = chunks[i].Length, FacilityIds = chunks[i] });
        await db.SaveChangesAsync(ct);

        for (var i = 0; i < chunks.Count; i++)
        {
            var (runId, batchNo, batch) = (run.Id, i, chunks[i]);
            jobs.Enqueue<BaselineJobs>(j => j.FitBatchAsync(runId, batchNo, batch, null, CancellationToken.None));
        }
        if (chunks.Count == 0)
        {
            var runId = run.Id;
            jobs.Enqueue<BaselineJobs>(j => j.FinishRunAsync(runId, null, CancellationToken.None));
        }
        return run;
    }

    /// <summary>The nightly run: facilities whose data changed since their baseline read it; null when none did.</summary>
    public async Task<BaselineRun?> StartForChangedAsync(CancellationToken ct)
    {
        var ids = await BaselineInputs.ChangedSinceLastBaseline(db).ToListAsync(ct);
        return ids.Count == 0 ? null : await StartAsync(ids, "nightly", "nightly", ct);
    }
}
