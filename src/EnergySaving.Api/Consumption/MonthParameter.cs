using EnergySaving.Api.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Consumption;

public static class MonthParameter
{
    /// <summary>A report month must be YYYY-MM and not after the current month.</summary>
    public static ValidationProblem? Check(string month, TimeProvider clock, out DateOnly first)
    {
        if (!Month.TryParse(month, out first)) return Problems.Field("month", $"'{month}' is not a month: use YYYY-MM.");
        return FutureMonthError(first, clock) is { } future ? Problems.Field("month", future) : null;
    }

    /// <summary>The message for a month after the current one (UTC), or null; shared with the CSV import.</summary>
    public static string? FutureMonthError(DateOnly first, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return first > new DateOnly(today.Year, today.Month, 1)
            ? $"{Month.Format(first)} is in the future: the latest month that can be reported is {Month.Format(today)}."
            : null;
    }
}
