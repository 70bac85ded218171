using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace EnergySaving.Api.Health;

public static class HealthApi
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddEnergySavingHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<EnergySavingDbContext>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: and the database is reachable.</summary>
    public static void MapEnergySavingHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
    }
}
