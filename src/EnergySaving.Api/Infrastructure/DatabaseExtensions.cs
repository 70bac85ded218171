using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnergySaving.Api.Infrastructure;

public static class DatabaseExtensions
{
    public const string SectionName = "EnergySaving:Database";

    /// <summary>One NpgsqlDataSource for EF Core, COPY imports and Hangfire.</summary>
    public static IServiceCollection AddEnergySavingDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("ConnectionStrings:Default is not set (environment: ConnectionStrings__Default).");
        var settings = configuration.GetSection(SectionName).Get<DatabaseSettings>() ?? new DatabaseSettings();
        if (settings.MaxPoolSize < 2 || settings.ConnectionWaitSeconds < 1 || settings.RetryAfterSeconds < 1 || settings.MaxAutoPrepare < 0)
            throw new InvalidOperationException($"{SectionName}: MaxPoolSize must be at least 2, ConnectionWaitSeconds and RetryAfterSeconds at least 1, MaxAutoPrepare at least 0.");
        services.AddSingleton(settings);
        // The setting wins over the connection string, so that the documented maximum is the real one.
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.MaxPoolSize = settings.MaxPoolSize;
        builder.ConnectionStringBuilder.MinPoolSize = Math.Min(builder.ConnectionStringBuilder.MinPoolSize, settings.MaxPoolSize);
        builder.ConnectionStringBuilder.Timeout = settings.ConnectionWaitSeconds;
        builder.ConnectionStringBuilder.MaxAutoPrepare = settings.MaxAutoPrepare;
        var dataSource = builder.Build();
        services.AddSingleton(dataSource);
        // The options are built once (singleton): they only name the one data source, and building them for every
        // request's context was a measurable share of a simple read (EF Core looks its internal services up by them).
        services.AddDbContext<EnergySavingDbContext>(o => o
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsAssembly(typeof(EnergySavingDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention(), optionsLifetime: ServiceLifetime.Singleton);
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
