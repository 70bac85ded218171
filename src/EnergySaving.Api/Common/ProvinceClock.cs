namespace EnergySaving.Api.Common;

/// <summary>
/// "Today" for every date a person sees or types (report months, certificate dates, "in the future"): the
/// province's calendar day (Asia/Ho_Chi_Minh, UTC+7 all year), whatever time zone the server runs in.
/// Timestamps (submitted at, run started) stay in UTC.
/// </summary>
public static class ProvinceClock
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The zone from the system's time-zone data; fixed UTC+7 where that data is missing (Vietnam has no DST).</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The province's calendar day of an instant (a submission, a first report).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The first day of the current month in the province.</summary>
    public static DateOnly CurrentMonth(TimeProvider clock)
    {
        var today = Today(clock);
        return new DateOnly(today.Year, today.Month, 1);
    }

    /// <summary>The instant a calendar day starts in the province.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime(); // PostgreSQL takes UTC offsets only
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(TimeZoneId, TimeSpan.FromHours(7), TimeZoneId, TimeZoneId);
        }
    }
}
