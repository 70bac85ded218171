using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Web;
using Npgsql;

namespace EnergySaving.IntegrationTests.Operations;

/// <summary>
/// Upgrades keep the data: each release's populated database (tests/upgrade/&lt;commit&gt;/energysaving.dump, made
/// by that release's ./run.sh) is restored with ./run.sh restore, this release starts on it and applies its
/// migrations, every table keeps its rows, and every read answers what that release answered
/// (tests/upgrade/&lt;commit&gt;/reads.json): new fields may be added, none may change or go.
/// </summary>
public sealed class UpgradeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static List<string> ReleaseFolders() =>
        Directory.GetDirectories(Path.Combine(BrowserFixture.RepoRoot, "tests", "upgrade")).Order(StringComparer.Ordinal)
            .Where(dir => File.Exists(Path.Combine(dir, "energysaving.dump"))).Select(d => Path.GetFileName(d)!).ToList();

    public static TheoryData<string> Releases()
    {
        var data = new TheoryData<string>();
        foreach (var release in ReleaseFolders()) data.Add(release);
        return data;
    }

    [Fact]
    public void The_last_release_has_its_dump() => Assert.Contains("4da555d", ReleaseFolders());

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task A_release_s_database_migrates_and_reads_the_same(string release)
    {
        var folder = Path.Combine(BrowserFixture.RepoRoot, "tests", "upgrade", release);
        var target = new NpgsqlConnectionStringBuilder(api.ConnectionString) { Database = $"es_upgrade_{Guid.NewGuid():N}"[..26] }.ConnectionString;
        try
        {
            var restore = await BackupRestoreTests.RunScriptAsync(target, "restore", Path.Combine(folder, "energysaving.dump"));
            Assert.True(restore.Code == 0, restore.Output);
            var before = await BackupRestoreTests.RowCountsAsync(target);
            var applied = await MigrationsAsync(target);

            await using var upgraded = new BackupRestoreTests.ServiceOn(target);
            var client = upgraded.WithToken(await upgraded.LoginAsync("analyst@energysaving.example", "TietKiem!2026"));
            var after = await BackupRestoreTests.RowCountsAsync(target);
            Assert.True((await MigrationsAsync(target)).Count >= applied.Count, "the start applies this release's migrations");
            foreach (var (table, rows) in before)
                if (table != "public.__EFMigrationsHistory")
                    Assert.True(after.TryGetValue(table, out var now) && now == rows, $"{table}: {rows} rows before the upgrade, {(after.TryGetValue(table, out var n) ? n : -1)} after");

            using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "reads.json")));
            var differences = new List<string>();
            foreach (var read in expected.RootElement.GetProperty("reads").EnumerateObject())
            {
                var response = await client.GetAsync(read.Name);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, $"{read.Name}: {(int)response.StatusCode} {body}");
                using var now = JsonDocument.Parse(body);
                Compare(read.Name, read.Value, now.RootElement, differences);
            }
            Assert.True(differences.Count == 0, $"{release}: reads that changed:\n" + string.Join("\n", differences.Take(40)));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(api.Cluster.AdminConnectionString);
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(target).Database}\" WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Every value the old answer had, at the same place, in the new one; the new may have more fields.</summary>
    private static void Compare(string at, JsonElement old, JsonElement now, List<string> differences)
    {
        switch (old.ValueKind)
        {
            case JsonValueKind.Object:
                if (now.ValueKind != JsonValueKind.Object) { differences.Add($"{at}: was an object, now {now.ValueKind}"); return; }
                foreach (var p in old.EnumerateObject())
                {
                    if (now.TryGetProperty(p.Name, out var v)) Compare($"{at}.{p.Name}", p.Value, v, differences);
                    else differences.Add($"{at}.{p.Name}: gone");
                }
                return;
            case JsonValueKind.Array:
                if (now.ValueKind != JsonValueKind.Array || now.GetArrayLength() != old.GetArrayLength())
                {
                    differences.Add($"{at}: {old.GetArrayLength()} items before, {(now.ValueKind == JsonValueKind.Array ? now.GetArrayLength() : -1)} now");
                    return;
                }
                var i = 0;
                foreach (var (o, n) in old.EnumerateArray().Zip(now.EnumerateArray())) Compare($"{at}[{i++}]", o, n, differences);
                return;
            case JsonValueKind.Number:
                if (now.ValueKind != JsonValueKind.Number || Math.Abs(old.GetDouble() - now.GetDouble()) > 1e-9 * Math.Max(1, Math.Abs(old.GetDouble())))
                    differences.Add($"{at}: {old.GetRawText()} before, {now.GetRawText()} now");
                return;
            default:
                if (old.GetRawText() != now.GetRawText()) differences.Add($"{at}: {old.GetRawText()} before, {now.GetRawText()} now");
                return;
        }
    }

    private static async Task<List<string>> MigrationsAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT migration_id FROM \"__EFMigrationsHistory\" ORDER BY 1", conn);
        var list = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) list.Add(r.GetString(0));
        return list;
    }
}
