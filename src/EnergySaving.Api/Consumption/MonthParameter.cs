using EnergySaving.Api.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Consumption;

public static class MonthParameter
{
    /// <summary>A report month must be YYYY-MM and not after the current month.</summary>
    public static ValidationProblem? Check(string month, TimeProvider clock, out DateOnly first) =>
        Error(month, clock, out first) is { } error ? Problems.Field("month", error) : null;

    /// <summary>The message for a month that is not YYYY-MM or is in the future, or null.</summary>
    public static string? Error(string month, TimeProvider clock, out DateOnly first) =>
        !Month.TryParse(month, out first) ? $"'{month}' is not a month: use YYYY-MM." : FutureMonthError(first, clock);

    /// <summary>The message for a month after the current one (the province's calendar), or null; shared with the CSV import.</summary>
    public static string? FutureMonthError(DateOnly first, TimeProvider clock)
    {
        var current = ProvinceClock.CurrentMonth(clock);
        return first > current
            ? $"{Month.Format(first)} is in the future: the latest month that can be reported is {Month.Format(current)}."
            : null;
    }
}
