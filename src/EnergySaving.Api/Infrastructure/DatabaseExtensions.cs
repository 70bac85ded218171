using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnergySaving.Api.Infrastructure;

public static class DatabaseExtensions
{
    /// <summary>One NpgsqlDataSource for EF Core, COPY imports and Hangfire.</summary>
    public static IServiceCollection AddEnergySavingDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("ConnectionStrings:Default is not set (environment: ConnectionStrings__Default).");
        var dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
        services.AddSingleton(dataSource);
        services.AddDbContext<EnergySavingDbContext>(o => o
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsAssembly(typeof(EnergySavingDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention());
        return services;
    }

    /// <summary>Applies migrations (EF Core takes a database lock, so several instances may start at once).</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnergySavingDbContext>();
        await db.Database.MigrateAsync(ct);
    }
}
