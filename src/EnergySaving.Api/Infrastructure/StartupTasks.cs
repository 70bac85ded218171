using EnergySaving.Api.Auth;
using EnergySaving.Api.Demo;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Jobs;
using EnergySaving.Api.SupportProjects;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Infrastructure;

/// <summary>What runs once before the service answers: migrations, the signing key, roles and the first admin, demo data, the recurring jobs.</summary>
public static class StartupTasks
{
    public static async Task RunStartupTasksAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EnergySaving.Startup");
        if (app.Services.GetRequiredService<DatabaseSettings>().MigrateOnStartup)
            await app.Services.MigrateDatabaseAsync();
        await app.Services.GetRequiredService<SigningKeyStore>().LoadAsync();
        await app.Services.GetRequiredService<CarrierCatalogStore>().LoadAsync();
        await SupportCaps.SeedAsync(app.Services);
        await app.Services.SeedRolesAndAdminAsync(logger);
        app.Services.ScheduleRecurringJobs();
        EnergySaving.Api.Reminders.RemindersApi.ScheduleReminderJob(app.Services);
        if (app.Services.GetRequiredService<IOptions<DemoSettings>>().Value.Load)
            await app.Services.LoadDemoDataAsync(app.Environment, logger);
    }
}
