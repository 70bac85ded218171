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
                              "Sign in with POST /api/auth/login, then press Authorize and paste the accessToken. " +
                              "Texts follow Accept-Language (vi or en, or ?lang=vi); every message also comes as a code with its arguments.",
                License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("/licence.txt", UriKind.Relative) },
            });
            // Relative: the document describes the server that serves it, whatever its address.
            o.AddServer(new OpenApiServer { Url = "/", Description = "This EnergySaving service" });
            o.OperationFilter<OpenApiProblems>();
            o.DocumentFilter<OpenApiProblems>();
            o.DocumentFilter<OpenApiTags>();
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
