namespace EnergySaving.Api.Reporting;

/// <summary>
/// "Today" as people in the province see it (Asia/Ho_Chi_Minh, UTC+7 without daylight saving):
/// deadlines, overdue flags and reminders are dates on a Vietnamese calendar, not UTC dates.
/// One small place, so that a shared helper can replace it.
/// </summary>
public static class LocalToday
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateOnly Of(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()).DateTime);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }
}
