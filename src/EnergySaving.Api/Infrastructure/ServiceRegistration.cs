using EnergySaving.Api.Reporting;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Consumption.Imports;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Demo;
using EnergySaving.Api.Health;
using EnergySaving.Api.Jobs;
using EnergySaving.Api.Web;
using EnergySaving.Api.Programme;
using EnergySaving.Api.Reports;
using EnergySaving.Api.SupportProjects;

namespace EnergySaving.Api.Infrastructure;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddEnergySaving(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ClientErrorHandler.Customize);
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        services.AddExceptionHandler<ClientErrorHandler>();
        // Let malformed bodies and parameters reach ClientErrorHandler, which names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Keys shared through the database, so every instance can read what another protected.
        services.AddDataProtection().PersistKeysToDbContext<EnergySavingDbContext>().SetApplicationName("EnergySaving");
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Converters.Add(new ReadableDoubleConverter());
        });
        services.AddEnergySavingDatabase(configuration);
        services.AddEnergySavingAuth(configuration);
        services.AddEnergySavingHealth();
        services.AddEnergySavingSwagger();
        services.AddSingleton<CarrierCatalogStore>();
        services.AddSingleton<EntryConverter>();
        services.AddSingleton<MonthReportRules>();
        services.AddScoped<ConsumptionReader>();
        services.AddScoped<MonthReporter>();
        services.AddScoped<ConsumptionCsvImporter>();
        services.AddEnergySavingJobs(configuration);
        services.AddEnergySavingWeb();
        services.AddSupportProjects().AddProgramme().AddCenterAnnualReport();
        services.AddReportingYear(configuration);
        services.Configure<DemoSettings>(configuration.GetSection("EnergySaving:Demo"));
        return builder;
    }
}
