using EnergySaving.Api.Auth;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Demo;

/// <summary>
/// Demo mode: the seed-data/ files, loaded once per database (recorded in demo_loads), and one account per role.
/// Safe to run on every start: the second time only the accounts are checked.
/// </summary>
public static class DemoDataLoader
{
    public static async Task LoadDemoDataAsync(this IServiceProvider services, IHostEnvironment env, ILogger logger, CancellationToken ct = default)
    {
        var settings = services.GetRequiredService<IOptions<DemoSettings>>().Value;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnergySavingDbContext>();
        // A database loaded before demo_loads existed has the import's months: take that as the record.
        var loadedBefore = await db.Set<DemoLoad>().AnyAsync(x => x.Name == DemoLoad.DataSet, ct)
            || await db.ConsumptionMonths.AnyAsync(m => m.SubmittedBy == DemoConsumption.SubmittedBy, ct);
        if (loadedBefore)
            logger.LogInformation("Demo data was loaded before: not loaded again, so nothing people changed is overwritten.");
        else
            await LoadOnceAsync(scope.ServiceProvider, db, SeedDataFolder.Find(settings.SeedDataPath, env.ContentRootPath), logger, ct);
        await EnsureAccountsAsync(scope.ServiceProvider, db, ct);
        if (loadedBefore) return;

        // The reporting year needs the accounts (its reminders go to the reporters' addresses).
        var year = await DemoReportingYear.LoadAsync(scope.ServiceProvider, ct);
        logger.LogInformation("Demo reporting year {Year}: {Reports} annual reports, {Anomalies} planted anomalies, {Reminders} reminders.",
            DemoReportingYear.Year, year.Reports, year.Anomalies, year.Reminders);

        // Recorded last: a start that failed half-way loads again (each loader is idempotent), a finished one never.
        db.Set<DemoLoad>().Add(new DemoLoad { Name = DemoLoad.DataSet, LoadedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }

    private static async Task LoadOnceAsync(IServiceProvider scoped, EnergySavingDbContext db, string folder, ILogger logger, CancellationToken ct)
    {
        var clock = scoped.GetRequiredService<TimeProvider>();

        var facilities = await DemoFacilities.LoadAsync(db, folder, ct);
        var consumption = await DemoConsumption.LoadAsync(scoped, folder, ct);
        logger.LogInformation("Demo data from {Folder}: {Facilities} new facilities; consumption {Rows} rows, {Months} months written.",
            folder, facilities, consumption.Rows, consumption.MonthsWritten);
        logger.LogInformation("Demo weather: {Days} days.", await DemoWeather.LoadAsync(db, folder, clock, ct));
        var (courses, participants) = await DemoTraining.LoadAsync(db, folder, ct);
        logger.LogInformation("Demo training: {Courses} new courses, {Participants} participants.", courses, participants);
        var (projects, events) = await DemoSupport.LoadAsync(db, folder, clock, ct);
        logger.LogInformation("Demo support programme: {Projects} new support projects, {Events} programme events.", projects, events);

        // Baselines, key facilities and candidates out of the box: one run over the demo facilities, the first time.
        if (scoped.GetService<BaselineRunStarter>() is { } starter && !await db.FacilityBaselines.AnyAsync(ct))
        {
            var ids = await db.Facilities.Select(f => f.Id).ToListAsync(ct);
            var run = await starter.StartAsync(ids, "demo-data", "demo", ct);
            logger.LogInformation("Demo baselines: run {RunId} queued for {Facilities} facilities.", run.Id, ids.Count);
        }
    }

    private static async Task EnsureAccountsAsync(IServiceProvider scoped, EnergySavingDbContext db, CancellationToken ct)
    {
        var users = scoped.GetRequiredService<UserManager<AppUser>>();
        await IdentitySeeder.EnsureUserAsync(users, DemoSettings.AnalystEmail, DemoSettings.Password, Roles.Analyst);
        await IdentitySeeder.EnsureUserAsync(users, DemoSettings.TrainerEmail, DemoSettings.Password, Roles.Trainer);
        var reporter = await IdentitySeeder.EnsureUserAsync(users, DemoSettings.ReporterEmail, DemoSettings.Password, Roles.Reporter);
        var adminSettings = scoped.GetRequiredService<IOptions<AdminSettings>>().Value;
        await RetireOldDemoPasswordAsync(users, adminSettings.Email, string.IsNullOrEmpty(adminSettings.Password) ? DemoSettings.Password : adminSettings.Password);
        foreach (var email in new[] { DemoSettings.AnalystEmail, DemoSettings.TrainerEmail, DemoSettings.ReporterEmail })
            await RetireOldDemoPasswordAsync(users, email, DemoSettings.Password);
        if (!await db.UserFacilities.AnyAsync(x => x.UserId == reporter.Id, ct))
        {
            var firstTwo = await db.Facilities.OrderBy(f => f.Code).Select(f => f.Id).Take(2).ToListAsync(ct);
            db.UserFacilities.AddRange(firstTwo.Select(id => new UserFacility { UserId = reporter.Id, FacilityId = id }));
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>A demo account still on the retired password gets the current one (and its old tokens end).</summary>
    private static async Task RetireOldDemoPasswordAsync(UserManager<AppUser> users, string? email, string password)
    {
        if (string.IsNullOrWhiteSpace(email) || await users.FindByEmailAsync(email) is not { } user) return;
        if (!await users.CheckPasswordAsync(user, DemoSettings.RetiredPassword)) return;
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        await users.UpdateSecurityStampAsync(user);
    }
}
