using System.Text.Json.Serialization;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Demo;
using EnergySaving.Api.Health;

namespace EnergySaving.Api.Infrastructure;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddEnergySaving(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddProblemDetails();
        services.AddExceptionHandler<ClientErrorHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddEnergySavingDatabase(configuration);
        services.AddEnergySavingAuth(configuration);
        services.AddEnergySavingHealth();
        services.AddEnergySavingSwagger();
        services.Configure<DemoSettings>(configuration.GetSection("EnergySaving:Demo"));
        return builder;
    }
}
