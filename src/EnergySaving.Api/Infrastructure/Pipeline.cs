using EnergySaving.Api.Reporting;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Jobs;
using Microsoft.Extensions.Options;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Compliance;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Consumption.Imports;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Health;
using EnergySaving.Api.Weather;
using EnergySaving.Api.Training;
using EnergySaving.Api.Web;
using EnergySaving.Api.Overview;
using EnergySaving.Api.Programme;
using EnergySaving.Api.Reports;
using EnergySaving.Api.SupportProjects;

namespace EnergySaving.Api.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseEnergySaving(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // First, so that every answer of the API (errors of the exception handler included) speaks the request's language.
        app.UseApiLanguage();
        if (!app.Environment.IsDevelopment()) app.UseHsts(); // only answers HTTPS requests, so plain-HTTP runs are unaffected
        app.UseExceptionHandler();
        // The API answers problem details; a page answers a page (403, 404… as HTML in the person's language).
        app.UseWhen(http => !WebSetup.IsPageRequest(http), api => api.UseStatusCodePages());
        app.UseWhen(WebSetup.IsPageRequest, web => web.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseStaticFiles();
        app.UseWebCulture();
        app.UseSwagger();
        app.UseSwaggerUI(o => o.DocumentTitle = "EnergySaving API");
        app.UseRouting();
        app.UseRequestSizeGuard();
        app.UseRateLimiter();
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
        app.MapOverview();
        app.MapRazorPages();
        app.MapSupportProjects();
        app.MapProgramme();
        app.MapCenterAnnualReport();
        app.MapReportingYear();
        return app;
    }
}
