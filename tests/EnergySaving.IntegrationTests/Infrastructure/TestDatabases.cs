using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnergySaving.IntegrationTests.Infrastructure;

/// <summary>
/// A database per test fixture, copied from a template that the real migrations built once per run.
/// </summary>
public static class TestDatabases
{
    private const string Template = "energysaving_template";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly HashSet<PostgresCluster> TemplateReady = [];

    public static async Task<string> CreateAsync(PostgresCluster cluster)
    {
        await Gate.WaitAsync();
        try
        {
            if (!TemplateReady.Contains(cluster))
            {
                await ExecuteAsync(cluster, $"DROP DATABASE IF EXISTS {Template} WITH (FORCE)");
                await ExecuteAsync(cluster, $"CREATE DATABASE {Template}");
                var options = new DbContextOptionsBuilder<EnergySavingDbContext>()
                    .UseNpgsql(cluster.ConnectionStringFor(Template)).UseSnakeCaseNamingConvention().Options;
                await using (var db = new EnergySavingDbContext(options))
                    await db.Database.MigrateAsync();
                NpgsqlConnection.ClearAllPools();
                TemplateReady.Add(cluster);
            }
            var name = $"es_test_{Guid.NewGuid():N}";
            await ExecuteAsync(cluster, $"CREATE DATABASE {name} TEMPLATE {Template}");
            return cluster.ConnectionStringFor(name);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task DropAsync(PostgresCluster cluster, string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(cluster, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(PostgresCluster cluster, string sql)
    {
        await using var conn = new NpgsqlConnection(cluster.AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
