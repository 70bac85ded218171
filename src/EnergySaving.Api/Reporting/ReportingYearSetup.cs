using EnergySaving.Api.AnnualReports;
using EnergySaving.Api.DataQuality;
using EnergySaving.Api.Reminders;
using EnergySaving.Api.Spreadsheets;

namespace EnergySaving.Api.Reporting;

/// <summary>The reporting year (issue 11): annual reports, completeness, data quality, reminders, spreadsheets.</summary>
public static class ReportingYearSetup
{
    public static IServiceCollection AddReportingYear(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportingSettings>().BindConfiguration("EnergySaving:Reporting")
            .Validate(s => s.IsValid(), "EnergySaving:Reporting: MonthlyDueDay 1-28, AnnualDeadline \"MM-dd\", ReviewWorkingDays 1-60, AnnualReminderDaysBefore 0-60, MonthlyReminderLookbackDays 1-366.")
            .ValidateOnStart();
        services.AddOptions<MailSettings>().BindConfiguration("EnergySaving:Mail")
            .Validate(s => s.IsValid(), "EnergySaving:Mail: Port 1-65535, From an e-mail address, LinkBaseUrl an absolute http(s) URL.")
            .ValidateOnStart();
        services.AddSingleton(_ => HolidayCalendar.FromEmbeddedFile());
        services.AddScoped<AnnualReportService>();
        services.AddScoped<AnnualReportBoard>();
        services.AddScoped<DataQualityEvaluator>();
        services.AddScoped<DataQualityService>();
        services.AddScoped<CompletenessQuery>();
        services.AddSingleton<ReminderMailer>();
        services.AddScoped<ReminderJob>();
        services.AddScoped<XlsxConsumptionImport>();
        return services;
    }

    public static void MapReportingYear(this IEndpointRouteBuilder routes)
    {
        routes.MapAnnualReports();
        routes.MapDataQuality();
        routes.MapReporting();
        routes.MapReminders();
        routes.MapSpreadsheets();
    }
}
