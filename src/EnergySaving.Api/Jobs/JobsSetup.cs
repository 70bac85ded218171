using EnergySaving.Api.Baselines;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Jobs;

/// <summary>
/// Hangfire on the service's database (schema "hangfire"). The storage and the job activator are this host's own
/// singletons rather than Hangfire's static JobStorage.Current, so two hosts in one process (tests) never share them.
/// </summary>
public static class JobsSetup
{
    public const string Schema = "hangfire";

    public static IServiceCollection AddEnergySavingJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("EnergySaving:Jobs");
        services.Configure<JobsSettings>(section);
        services.AddEligibility();
        var settings = section.Get<JobsSettings>() ?? new JobsSettings();
        services.AddSingleton(new JobsInstance(settings.InstanceName
            ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}"));
        services.AddScoped<AnnualFlagsCalculator>();
        if (!settings.Enabled) return services;

        services.AddScoped<BaselineRunStarter>();
        services.AddScoped<BaselineJobs>();
        services.AddSingleton<JobStorage>(sp =>
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = Schema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(Math.Max(0.05, settings.QueuePollIntervalSeconds)),
                // A running job's fetch time is renewed in the background, so a job of a live worker is never taken
                // twice however long it runs, and the job of a worker that died (kill -9, lost machine) is taken
                // again after this timeout instead of Hangfire.PostgreSql's default 30 minutes.
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = TimeSpan.FromSeconds(Math.Max(5, settings.InvisibilityTimeoutSeconds)),
                // Idle workers wake on PostgreSQL's NOTIFY when a job is enqueued (one connection listens), so a run's
                // batches and its finisher start at once instead of at the next poll.
                EnableLongPolling = true,
            };
            // The service's one pool (DatabaseExtensions): Hangfire's connections count against the same maximum.
            return new PostgreSqlStorage(new DataSourceConnectionFactory(sp.GetRequiredService<Npgsql.NpgsqlDataSource>()), options);
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) => c
            .UseLogProvider(new HostSafeLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (settings.RunServer || settings.WorkerOnly)
        {
            services.AddHangfireServer((sp, o) =>
            {
                o.ServerName = sp.GetRequiredService<JobsInstance>().Name;
                if (settings.WorkerCount > 0) o.WorkerCount = settings.WorkerCount;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(1, Math.Min(15, settings.QueuePollIntervalSeconds)));
            });
        }
        return services;
    }

    private sealed class DataSourceConnectionFactory(Npgsql.NpgsqlDataSource dataSource) : IConnectionFactory
    {
        public Npgsql.NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
    }

    /// <summary>Registers (or removes) the nightly recurring job.</summary>
    public static void ScheduleRecurringJobs(this IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<JobsSettings>>().Value;
        if (!settings.Enabled) return;
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        if (string.IsNullOrWhiteSpace(settings.NightlyCron))
            recurring.RemoveIfExists("baselines-nightly");
        else
            recurring.AddOrUpdate<BaselineJobs>("baselines-nightly", j => j.NightlyAsync(CancellationToken.None), settings.NightlyCron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
    }

    /// <summary>The dashboard at /hangfire, for admins (bearer token) only.</summary>
    public static void MapJobsDashboard(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<JobsSettings>>().Value;
        if (!settings.Enabled) return;
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            AsyncAuthorization = [new AdminDashboardAuthorization()],
            // Bearer header, or a SameSite=Strict cookie that cross-site requests never carry.
            IgnoreAntiforgeryToken = true,
            DisplayStorageConnectionString = false,
            DashboardTitle = "EnergySaving jobs",
        }, app.Services.GetRequiredService<JobStorage>());
    }
}
