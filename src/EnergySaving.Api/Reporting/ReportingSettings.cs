using System.Globalization;

namespace EnergySaving.Api.Reporting;

/// <summary>The province's reporting calendar (EnergySaving:Reporting): the one definition of every due date.</summary>
public sealed class ReportingSettings
{
    /// <summary>A month is due on this day of the next month.</summary>
    public int MonthlyDueDay { get; set; } = 20;

    /// <summary>The annual report of a year is due on this day ("MM-dd") of the next year.</summary>
    public string AnnualDeadline { get; set; } = "01-15";

    /// <summary>Working days the Department has to verify a submitted annual report.</summary>
    public int ReviewWorkingDays { get; set; } = 5;

    /// <summary>The annual reminder goes this many days before the deadline.</summary>
    public int AnnualReminderDaysBefore { get; set; } = 10;

    /// <summary>Monthly reminders cover months that fell due within this many days (older gaps were reminded before).</summary>
    public int MonthlyReminderLookbackDays { get; set; } = 92;

    /// <summary>Cron (UTC) of the daily reminder job; 01:00 UTC is 08:00 in Vietnam. Empty removes the job.</summary>
    public string ReminderCron { get; set; } = "0 1 * * *";

    public DateOnly MonthDueDate(DateOnly month)
    {
        var next = new DateOnly(month.Year, month.Month, 1).AddMonths(1);
        return new DateOnly(next.Year, next.Month, Math.Min(MonthlyDueDay, DateTime.DaysInMonth(next.Year, next.Month)));
    }

    public DateOnly AnnualDeadlineOf(int year)
    {
        var md = DateOnly.ParseExact($"2000-{AnnualDeadline}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DateOnly(year + 1, md.Month, md.Day);
    }

    public bool IsValid() =>
        MonthlyDueDay is >= 1 and <= 28 && ReviewWorkingDays is >= 1 and <= 60 && AnnualReminderDaysBefore is >= 0 and <= 60
        && MonthlyReminderLookbackDays is >= 1 and <= 366
        && DateOnly.TryParseExact($"2000-{AnnualDeadline}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
