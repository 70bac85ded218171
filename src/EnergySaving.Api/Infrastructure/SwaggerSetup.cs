using Microsoft.OpenApi;

namespace EnergySaving.Api.Infrastructure;

public static class SwaggerSetup
{
    public static IServiceCollection AddEnergySavingSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "EnergySaving API",
                Version = "v1",
                Description = "Energy-efficiency tracking for a provincial Industrial Promotion Center: facilities, monthly " +
                              "consumption in TOE, baselines and savings, key facilities, support candidates and energy-manager training. " +
                              "Sign in with POST /api/auth/login, then press Authorize and paste the accessToken.",
            });
            o.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken from POST /api/auth/login.",
            });
            o.AddSecurityRequirement(doc => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", doc)] = [],
            });
            var xml = Path.Combine(AppContext.BaseDirectory, "EnergySaving.Api.xml");
            if (File.Exists(xml)) o.IncludeXmlComments(xml);
        });
        return services;
    }
}
