using System.Diagnostics;
using System.Net;
using System.Text.Json;
using EnergySaving.IntegrationTests.Baselines;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace EnergySaving.IntegrationTests.Operations;

/// <summary>The demo data (every feature: facilities, months, corrections, baselines and flags, annual reports,
/// courses, support projects, events) with the jobs on, so that the demo's baseline run has run.</summary>
public sealed class DemoWithJobsFixture : BaselinesFixture
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        base.Settings.Concat([new("EnergySaving:Demo:Load", "true"), new("EnergySaving:Demo:SeedDataPath", DemoFixture.SeedDataPath)]);
}

/// <summary>
/// <c>./run.sh backup</c> and <c>./run.sh restore</c> as an operator runs them: a backup of a populated database,
/// restored into a new database, serves the same figures; a file that is not a backup, or a truncated one, is
/// refused with a clear message and the target is left as it was; a non-empty target needs --force.
/// </summary>
public sealed class BackupRestoreTests(DemoWithJobsFixture api) : IClassFixture<DemoWithJobsFixture>
{
    [Fact]
    public async Task A_backup_restored_into_a_new_database_serves_the_same_figures()
    {
        await WaitForDemoRunAsync();
        var file = Path.Combine(Path.GetTempPath(), $"es-backup-{Guid.NewGuid():N}.dump");
        var target = NewDatabase();
        try
        {
            var backup = await RunScriptAsync(api.ConnectionString, "backup", file);
            Assert.True(backup.Code == 0, backup.Output);
            Assert.Contains("Backup written", backup.Output);

            var restore = await RunScriptAsync(target, "restore", file);
            Assert.True(restore.Code == 0, restore.Output);

            var before = await RowCountsAsync(api.ConnectionString);
            var after = await RowCountsAsync(target);
            Assert.True(before.Count > 30, $"only {before.Count} tables counted");
            Assert.Equal(before, after);
            Assert.True(before["public.facility_baselines"] > 0 && before["public.training_participants"] > 0 && before["public.support_projects"] > 0,
                "the demo data should hold baselines, participants and projects");

            await using var restored = new ServiceOn(target);
            var original = await api.AdminAsync();
            var copy = restored.WithToken(await restored.LoginAsync());
            foreach (var path in await SamplePathsAsync(original))
                Assert.Equal(await ReadAsync(original, path), await ReadAsync(copy, path));
        }
        finally
        {
            File.Delete(file);
            await DropAsync(target);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_whole_backup_is_refused_and_the_target_is_untouched()
    {
        var file = Path.Combine(Path.GetTempPath(), $"es-backup-{Guid.NewGuid():N}.dump");
        var notBackup = file + ".txt";
        var truncated = file + ".truncated";
        var empty = NewDatabase();
        try
        {
            Assert.Equal(0, (await RunScriptAsync(api.ConnectionString, "backup", file)).Code);
            await File.WriteAllTextAsync(notBackup, "date,mean_c\n2024-01-01,16.5\n");
            var bytes = await File.ReadAllBytesAsync(file);
            await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length - 2000)]);

            var refused = await RunScriptAsync(empty, "restore", notBackup);
            Assert.NotEqual(0, refused.Code);
            Assert.Contains("is not a backup made by './run.sh backup'", refused.Output);
            var cut = await RunScriptAsync(empty, "restore", truncated);
            Assert.NotEqual(0, cut.Code);
            Assert.Contains("is damaged or truncated", cut.Output);
            Assert.False(await DatabaseExistsAsync(empty), "a refused restore must not even create the target database");

            // A populated target: refused without --force; with --force a truncated file changes nothing either.
            Assert.Equal(0, (await RunScriptAsync(empty, "restore", file)).Code);
            var counts = await RowCountsAsync(empty);
            var notEmpty = await RunScriptAsync(empty, "restore", file);
            Assert.NotEqual(0, notEmpty.Code);
            Assert.Contains("is not empty", notEmpty.Output);
            Assert.Contains("--force", notEmpty.Output);
            Assert.NotEqual(0, (await RunScriptAsync(empty, "restore", truncated, "--force")).Code);
            Assert.Equal(counts, await RowCountsAsync(empty));
            var forced = await RunScriptAsync(empty, "restore", file, "--force");
            Assert.True(forced.Code == 0, forced.Output);
            Assert.Equal(counts, await RowCountsAsync(empty));
        }
        finally
        {
            foreach (var f in new[] { file, notBackup, truncated }) File.Delete(f);
            await DropAsync(empty);
        }
    }

    private async Task WaitForDemoRunAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await api.CountAsync("SELECT count(*) FROM baseline_runs WHERE status = 'succeeded'") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the demo's baseline run did not succeed within 3 minutes");
            await Task.Delay(500);
        }
    }

    /// <summary>A facility's annual totals, its baseline, a course with its participants, a project's savings, the candidates.</summary>
    private async Task<List<string>> SamplePathsAsync(HttpClient admin)
    {
        var facility = await api.CountAsync("SELECT facility_id FROM facility_baselines ORDER BY facility_id LIMIT 1");
        var course = await api.CountAsync("SELECT course_id FROM training_participants ORDER BY course_id LIMIT 1");
        var project = await api.CountAsync("SELECT id FROM support_projects ORDER BY id LIMIT 1");
        return
        [
            $"/api/facilities/{facility}", $"/api/facilities/{facility}/annual/2024", $"/api/facilities/{facility}/baseline",
            $"/api/training/courses/{course}", $"/api/training/courses/{course}/participants", $"/api/support-projects/{project}/savings",
            "/api/support-candidates?year=2024", "/api/key-facilities?year=2024",
        ];
    }

    private static async Task<string> ReadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return path + " " + body;
    }

    internal static async Task<SortedDictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            // Hangfire's own bookkeeping (servers' heartbeats, locks, counters) changes while a service runs.
            "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", conn))
        await using (var r = await list.ExecuteReaderAsync())
            while (await r.ReadAsync()) tables.Add(r.GetString(0));
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {t}", conn);
            counts[t.Replace("\"", "", StringComparison.Ordinal)] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }

    private string NewDatabase() => new NpgsqlConnectionStringBuilder(api.ConnectionString) { Database = $"es_restore_{Guid.NewGuid():N}"[..26] }.ConnectionString;

    private async Task<bool> DatabaseExistsAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        return await api.CountAsync("SELECT count(*) FROM pg_database WHERE datname = @p0", name) == 1;
    }

    private async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(api.Cluster.AdminConnectionString);
        await conn.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Runs ./run.sh with its arguments against <paramref name="connectionString"/>; its exit code and output.</summary>
    internal static async Task<(int Code, string Output)> RunScriptAsync(string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("bash", ["run.sh", .. args])
        {
            WorkingDirectory = EnergySaving.IntegrationTests.Web.BrowserFixture.RepoRoot,
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Default"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The service on an existing database (the restored one), jobs off.</summary>
    internal sealed class ServiceOn(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("EnergySaving:Admin:Email", ApiFixture.AdminEmail);
            builder.UseSetting("EnergySaving:Admin:Password", ApiFixture.Password);
            builder.UseSetting("EnergySaving:Jobs:Enabled", "false");
        }

        public async Task<string> LoginAsync(string email = ApiFixture.AdminEmail, string password = ApiFixture.Password)
        {
            var response = await CreateClient().PostAsync("/api/auth/login", JsonContent(new { email, password }));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
        }

        public HttpClient WithToken(string token)
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            return client;
        }

        private static StringContent JsonContent(object value) => new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
    }
}
