using EnergySaving.Api.Reporting;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Jobs;
using Microsoft.Extensions.Options;
using EnergySaving.Api.Common;
using EnergySaving.Api.Compliance;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Consumption.Imports;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Health;
using EnergySaving.Api.Weather;
using EnergySaving.Api.Training;

namespace EnergySaving.Api.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseEnergySaving(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSwagger();
        app.UseSwaggerUI(o => o.DocumentTitle = "EnergySaving API");
        app.UseRouting();
        app.UseRequestSizeGuard();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapEnergySavingHealth();
        if (app.Services.GetRequiredService<IOptions<JobsSettings>>().Value.WorkerOnly)
            return app; // a worker process: Hangfire server and health only
        app.MapJobsDashboard();
        app.MapAuth();
        app.MapUsers();
        app.MapFacilities();
        app.MapEnergyCarriers();
        app.MapConsumption();
        app.MapConsumptionImports();
        app.MapWeather();
        app.MapTraining();
        app.MapCompliance();
        app.MapBaselines();
        app.MapReportingYear();
        return app;
    }
}
