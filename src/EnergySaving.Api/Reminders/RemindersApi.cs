using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Reminders;

public sealed record ReminderDto(int FacilityId, string Kind, string Period, string To, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? Error);

public sealed record RunQueued(string Status);

public static class RemindersApi
{
    public const string RecurringJobId = "reminders-daily";

    public static void MapReminders(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reminders").WithTags("Reminders");
        group.MapGet("", List).RequireAuthorization(Policies.CenterStaff)
            .WithName("ListReminders").WithSummary("Reminders created from..to (YYYY-MM-DD, inclusive), with when they were sent or why not");
        group.MapPost("/run", Run).RequireAuthorization(Policies.Admin)
            .WithName("RunReminders").WithSummary("Run the daily reminder job now (202)");
    }

    private static async Task<Results<Ok<List<ReminderDto>>, ValidationProblem>> List(EnergySavingDbContext db, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null)
    {
        if (from > to) return Problems.Field("from", Message.Of("reminder.list.from-after-to", ("from", from), ("to", to)));
        var query = db.Set<Reminder>().AsNoTracking();
        // Dates are Vietnamese calendar days; PostgreSQL compares instants, sent as UTC.
        if (from is { } f)
        {
            var start = ProvinceClock.StartOf(f);
            query = query.Where(r => r.CreatedAt >= start);
        }
        if (to is { } t)
        {
            var end = ProvinceClock.StartOf(t.AddDays(1));
            query = query.Where(r => r.CreatedAt < end);
        }
        var rows = await query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(10_000).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => new ReminderDto(r.FacilityId, r.Kind, r.Period, r.To, r.CreatedAt, r.SentAt, r.Error)).ToList());
    }

    /// <summary>Queued as a Hangfire job when jobs run; without Hangfire the job runs here, before answering.</summary>
    private static async Task<Accepted<RunQueued>> Run(IServiceProvider services, IOptions<JobsSettings> jobs, CancellationToken ct)
    {
        if (jobs.Value.Enabled)
        {
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<ReminderJob>(j => j.RunAsync(CancellationToken.None));
            return TypedResults.Accepted((string?)null, new RunQueued("queued"));
        }
        await services.GetRequiredService<ReminderJob>().RunAsync(ct);
        return TypedResults.Accepted((string?)null, new RunQueued("done"));
    }

    /// <summary>Registers (or removes) the daily job; called at start-up next to the other recurring jobs.</summary>
    public static void ScheduleReminderJob(this IServiceProvider services)
    {
        if (!services.GetRequiredService<IOptions<JobsSettings>>().Value.Enabled) return;
        var cron = services.GetRequiredService<IOptions<Reporting.ReportingSettings>>().Value.ReminderCron;
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        if (string.IsNullOrWhiteSpace(cron)) recurring.RemoveIfExists(RecurringJobId);
        else recurring.AddOrUpdate<ReminderJob>(RecurringJobId, j => j.RunAsync(CancellationToken.None), cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
    }
}
