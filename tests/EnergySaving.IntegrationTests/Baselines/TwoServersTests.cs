using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EnergySaving.IntegrationTests.Baselines;

/// <summary>One facility per batch, so a run over 40 facilities is 40 Hangfire jobs.</summary>
public sealed class OneFacilityBatchesFixture : BaselinesFixture
{
    protected override int BatchSize => 1;
}

public sealed class TwoServersTests(OneFacilityBatchesFixture api) : IClassFixture<OneFacilityBatchesFixture>
{
    [Fact]
    public async Task Two_hangfire_servers_on_one_database_share_a_run_and_run_every_batch_once()
    {
        // A second instance of the service (its own Hangfire server, "second") on the same database.
        await using var second = api.WithWebHostBuilder(b => b.UseSetting("EnergySaving:Jobs:InstanceName", "second"));
        _ = second.Server;

        var ids = new List<int>();
        for (var i = 0; i < 40; i++) ids.Add(await api.FacilityAsync($"TWO-{i:D2}"));
        foreach (var id in ids.Take(4))
            for (var m = 1; m <= 12; m++) await api.MonthAsync(id, new DateOnly(2023, m, 1), 30 + m, 300 + m);

        var progress = await api.RunAsync(new { facilityIds = ids });
        Assert.Equal("succeeded", progress.GetProperty("status").GetString());
        Assert.Equal(40, progress.GetProperty("facilitiesDone").GetInt32());

        Assert.Equal(40, await api.CountAsync("SELECT count(*) FROM baseline_run_batches WHERE done AND executions = 1"));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM baseline_run_batches WHERE NOT done OR executions <> 1"));
        Assert.Equal(2, await api.CountAsync("SELECT count(DISTINCT processed_by) FROM baseline_run_batches"));
        Assert.Equal(40, await api.CountAsync("SELECT count(*) FROM facility_baselines"));
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM baseline_runs WHERE status = 'succeeded' AND batches_done = 40"));
    }
}
