using System.Globalization;

namespace EnergySaving.Api.Reporting;

/// <summary>
/// Working days: Monday to Friday less the Vietnamese public holidays of seed-data/holidays.csv
/// (embedded in the assembly, so a service without the seed-data folder counts the same days).
/// </summary>
public sealed class HolidayCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public HolidayCalendar(IEnumerable<DateOnly> holidays) => _holidays = [.. holidays];

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public static HolidayCalendar FromEmbeddedFile()
    {
        using var stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream("holidays.csv")
            ?? throw new InvalidOperationException("holidays.csv is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return new HolidayCalendar(Parse(reader.ReadToEnd()));
    }

    /// <summary>Lines "date,name,kind,source"; '#' comments and the header are skipped.</summary>
    public static IEnumerable<DateOnly> Parse(string csv)
    {
        foreach (var line in csv.Split('\n'))
        {
            var text = line.Trim();
            if (text.Length < 10 || text[0] == '#' || !char.IsDigit(text[0])) continue;
            yield return DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }
}
