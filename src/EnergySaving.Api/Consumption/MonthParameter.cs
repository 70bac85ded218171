using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Consumption;

public static class MonthParameter
{
    /// <summary>A report month must be YYYY-MM and not after the current month.</summary>
    public static ValidationProblem? Check(string month, TimeProvider clock, out DateOnly first) =>
        Error(month, clock, out first) is { } error ? Problems.Field("month", error) : null;

    /// <summary>The message for a month that is not YYYY-MM or is in the future, or null.</summary>
    public static Message? Error(string month, TimeProvider clock, out DateOnly first) =>
        Error(month.AsSpan(), ProvinceClock.CurrentMonth(clock), out first);

    /// <summary>
    /// The one month rule of a report, for the PUT and the CSV/spreadsheet import alike: YYYY-MM within the year range
    /// and not after <paramref name="current"/> (<see cref="ProvinceClock.CurrentMonth"/>, read once per import).
    /// </summary>
    public static Message? Error(ReadOnlySpan<char> month, DateOnly current, out DateOnly first)
    {
        if (!Month.TryParse(month, out first)) return Invalid(month);
        return first > current
            ? Message.Of("consumption.month.future", ("month", Month.Format(first)), ("latest", Month.Format(current)))
            : null;
    }

    /// <summary>A text that is no month "YYYY-MM" of the service's years.</summary>
    public static Message Invalid(ReadOnlySpan<char> month) => Message.Of("consumption.month.invalid", ("value", ClientText.Excerpt(month)));
}
