using System.Net;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EnergySaving.IntegrationTests.Baselines;

/// <summary>The API without workers (RunServer=false): its runs are done by a separate worker process.</summary>
public sealed class ApiWithoutWorkersFixture : BaselinesFixture
{
    protected override string InstanceName => "api-only";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        base.Settings.Where(s => s.Key != "EnergySaving:Jobs:RunServer").Append(new("EnergySaving:Jobs:RunServer", "false"));
}

public sealed class WorkerProcessTests(ApiWithoutWorkersFixture api) : IClassFixture<ApiWithoutWorkersFixture>
{
    [Fact]
    public async Task A_worker_only_process_does_the_runs_and_serves_nothing_but_health()
    {
        await using var worker = api.WithWebHostBuilder(b => b
            .UseSetting("EnergySaving:Jobs:WorkerOnly", "true")
            .UseSetting("EnergySaving:Jobs:InstanceName", "worker"));
        var workerClient = worker.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await workerClient.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync("/api/facilities")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync("/hangfire")).StatusCode);

        var id = await api.FacilityAsync("WORKER-1");
        for (var m = 1; m <= 12; m++) await api.MonthAsync(id, new DateOnly(2023, m, 1), 30 + m, 300 + (7 * m));
        var progress = await api.RunAsync(new { facilityIds = new[] { id } });
        Assert.Equal("succeeded", progress.GetProperty("status").GetString());
        Assert.Equal(["worker"], await Processors());

        async Task<List<string>> Processors()
        {
            await using var conn = new Npgsql.NpgsqlConnection(api.ConnectionString);
            await conn.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand("SELECT DISTINCT processed_by FROM baseline_run_batches", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            var names = new List<string>();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
            return names;
        }
    }
}
