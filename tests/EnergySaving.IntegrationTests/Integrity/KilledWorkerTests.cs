using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Baselines;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>The API without workers and a 5 s invisibility timeout: runs are done by worker processes the test starts and kills.</summary>
public sealed class KilledWorkerFixture : BaselinesFixture
{
    protected override string InstanceName => "api";
    protected override int BatchSize => 2;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        base.Settings.Where(s => s.Key != "EnergySaving:Jobs:RunServer")
            .Append(new("EnergySaving:Jobs:RunServer", "false"))
            .Append(new("EnergySaving:Jobs:InvisibilityTimeoutSeconds", "5"));
}

/// <summary>
/// A worker process killed with SIGKILL in the middle of a batch: its batch is taken again by another worker once
/// the invisibility timeout has passed without the dead worker renewing it, and the run finishes with every
/// facility counted once.
/// </summary>
public sealed class KilledWorkerTests(KilledWorkerFixture api) : IClassFixture<KilledWorkerFixture>
{
    [Fact]
    public async Task A_batch_of_a_killed_worker_process_is_taken_again_and_the_run_finishes_with_nothing_doubled()
    {
        var ids = new List<int>();
        for (var f = 0; f < 8; f++)
        {
            var id = await api.FacilityAsync($"KILL-{f}");
            ids.Add(id);
            for (var m = 1; m <= 12; m++) await api.MonthAsync(id, new DateOnly(2023, m, 1), 30 + m + f, 300 + (7 * m));
        }
        var admin = await api.AdminAsync();
        var started = await admin.PostAsJsonAsync("/api/baselines/runs", new { facilityIds = ids }).ExpectAsync(HttpStatusCode.Accepted);
        var runId = started.GetProperty("runId").GetGuid();

        // Hold every batch row of the run, so the worker's first job stops mid-batch (waiting on the lock) until it dies.
        await using var holder = new NpgsqlConnection(api.ConnectionString);
        await holder.OpenAsync();
        var hold = await holder.BeginTransactionAsync();
        await using (var lockRows = new NpgsqlCommand("SELECT count(*) FROM (SELECT 1 FROM baseline_run_batches WHERE run_id = @r FOR UPDATE) locked", holder, hold))
        {
            lockRows.Parameters.AddWithValue("r", runId);
            Assert.Equal(4L, await lockRows.ExecuteScalarAsync());
        }

        using var victim = StartWorkerProcess("victim");
        try
        {
            await WaitUntilAsync(async () => await api.CountAsync(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%baseline_run_batches%'") > 0,
                TimeSpan.FromSeconds(90), () => "the worker process never reached a batch: " + Output(victim));
        }
        finally
        {
            victim.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no requeue, the fetched job is orphaned
            await victim.WaitForExitAsync();
        }
        await hold.RollbackAsync();
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM baseline_run_batches WHERE run_id = @p0 AND done", runId));

        await using var rescuer = api.WithWebHostBuilder(b => b
            .UseSetting("EnergySaving:Jobs:WorkerOnly", "true")
            .UseSetting("EnergySaving:Jobs:RunServer", "true")
            .UseSetting("EnergySaving:Jobs:InstanceName", "rescuer"));
        _ = rescuer.Server;
        var progress = await api.WaitAsync(runId);

        Assert.Equal("succeeded", progress.GetProperty("status").GetString());
        // No wall-clock bound here (a busy CI machine broke "under 60 s"): the run can only succeed if a live worker took
        // the dead worker's batch again, which the rows below prove (processed by the rescuer, executed twice); the
        // fixture's 5 s invisibility timeout makes that happen soon, and WaitAsync's generous limit fails only when it never does.
        Assert.Equal(8, progress.GetProperty("facilitiesDone").GetInt32());
        Assert.Equal(4, await api.CountAsync("SELECT count(*) FROM baseline_run_batches WHERE run_id = @p0 AND done AND processed_by = 'rescuer'", runId));
        Assert.Equal(4, await api.CountAsync("SELECT batches_done FROM baseline_runs WHERE id = @p0", runId));
        // The victim's batch ran twice (once cut off by the kill), every other batch once.
        Assert.Equal(5, await api.CountAsync("SELECT sum(executions) FROM baseline_run_batches WHERE run_id = @p0", runId));
        Assert.Equal(8, await api.CountAsync("SELECT count(*) FROM facility_baselines WHERE facility_id = ANY(@p0)", ids.ToArray()));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM baseline_run_errors WHERE run_id = @p0", runId));
    }

    private readonly System.Text.StringBuilder _output = new();

    private string Output(Process _) { lock (_output) return _output.ToString()[^Math.Min(_output.Length, 3000)..]; }

    /// <summary>The API's own build run as a separate worker-only process (dotnet EnergySaving.Api.dll), on the fixture's database.</summary>
    private Process StartWorkerProcess(string name)
    {
        var testDir = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var apiDir = testDir.Replace(Path.Combine("tests", "EnergySaving.IntegrationTests"), Path.Combine("src", "EnergySaving.Api"), StringComparison.Ordinal);
        var dll = Path.Combine(apiDir, "EnergySaving.Api.dll");
        Assert.True(File.Exists(dll), $"The API build is not at {dll}.");
        var psi = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = apiDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        psi.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        psi.Environment["ConnectionStrings__Default"] = api.ConnectionString;
        psi.Environment["EnergySaving__Database__MigrateOnStartup"] = "false";
        psi.Environment["EnergySaving__Jobs__WorkerOnly"] = "true";
        psi.Environment["EnergySaving__Jobs__InstanceName"] = name;
        psi.Environment["EnergySaving__Jobs__WorkerCount"] = "1";
        psi.Environment["EnergySaving__Jobs__QueuePollIntervalSeconds"] = "0.2";
        psi.Environment["EnergySaving__Jobs__InvisibilityTimeoutSeconds"] = "5";
        psi.Environment["EnergySaving__Jobs__NightlyCron"] = "";
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> message)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, message());
            await Task.Delay(200);
        }
    }
}
