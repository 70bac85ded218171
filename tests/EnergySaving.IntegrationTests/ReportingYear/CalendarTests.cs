using EnergySaving.Api.DataQuality;
using EnergySaving.Api.Reporting;

namespace EnergySaving.IntegrationTests.ReportingYear;

/// <summary>Working days and due dates, checked against a calendar by hand (no database needed).</summary>
public sealed class CalendarTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.FromEmbeddedFile();

    [Theory]
    // Friday before Tết 2025: Mon 27 - Fri 31 Jan are Tết, so the 5 working days are 3-7 Feb.
    [InlineData("2025-01-24", "2025-02-07")]
    // Friday 26 Apr 2024: Mon 29 Apr (bridging), 30 Apr, 1 May off; then 2, 3, 6, 7, 8 May.
    [InlineData("2024-04-26", "2024-05-08")]
    // An ordinary week: Monday 2025-03-10 -> Monday 2025-03-17.
    [InlineData("2025-03-10", "2025-03-17")]
    // Submitted on a Saturday: counting starts Monday -> Friday 2025-03-21.
    [InlineData("2025-03-15", "2025-03-21")]
    // 29 Aug 2025 (Friday): 1-2 Sep National Day -> 3, 4, 5, 8, 9 Sep.
    [InlineData("2025-08-29", "2025-09-09")]
    public void Review_is_due_five_working_days_later(string submitted, string due) =>
        Assert.Equal(DateOnly.Parse(due), Calendar.AddWorkingDays(DateOnly.Parse(submitted), 5));

    [Fact]
    public void The_holiday_file_has_tet_and_hung_kings_on_their_lunar_dates_for_every_year()
    {
        string[] tet = ["2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06"];
        string[] hung = ["2022-04-10", "2023-04-29", "2024-04-18", "2025-04-07", "2026-04-26", "2027-04-16"];
        foreach (var day in tet.Concat(hung)) Assert.Contains(DateOnly.Parse(day), Calendar.Holidays);
        for (var year = 2022; year <= 2027; year++)
        {
            foreach (var fixedDay in new[] { (1, 1), (4, 30), (5, 1), (9, 2) })
                Assert.Contains(new DateOnly(year, fixedDay.Item1, fixedDay.Item2), Calendar.Holidays);
            // At least 11 days a year (Labour Code art. 112), more with compensatory days.
            Assert.InRange(Calendar.Holidays.Count(d => d.Year == year), 11, 18);
        }
    }

    [Fact]
    public void Due_dates_follow_the_settings()
    {
        var settings = new ReportingSettings();
        Assert.Equal(new DateOnly(2025, 2, 20), settings.MonthDueDate(new DateOnly(2025, 1, 1)));
        Assert.Equal(new DateOnly(2026, 1, 20), settings.MonthDueDate(new DateOnly(2025, 12, 1)));
        Assert.Equal(new DateOnly(2026, 1, 15), settings.AnnualDeadlineOf(2025));
        Assert.False(new ReportingSettings { AnnualDeadline = "13-40" }.IsValid());
    }

    [Theory]
    [InlineData("kWh", "Wh", "MWh")]
    [InlineData("MWh", "kWh", "GWh")]
    [InlineData("t", "kg", "kt")]
    [InlineData("m3", "L", "a unit 1,000 × larger than m3")]
    [InlineData("Gcal", "Mcal", "Tcal")]
    public void A_slip_of_three_zeros_names_the_neighbouring_unit(string unit, string smaller, string larger)
    {
        // Off the ladders the unit is a message ("a unit 1,000 × larger than m3"), rendered in the reader's language.
        static string Shown(object unit) => unit is EnergySaving.Core.Messages.Message m
            ? EnergySaving.Api.Common.Messages.MessageText.Render(m, EnergySaving.Api.Web.WebCultures.En) : (string)unit;
        Assert.Equal(smaller, Shown(UnitLadder.Smaller(unit)));
        Assert.Equal(larger, Shown(UnitLadder.Larger(unit)));
    }

    [Fact]
    public void Finding_ids_round_trip_with_carriers_that_contain_dashes()
    {
        var f = new Finding(42, new DateOnly(2025, 3, 1), FindingCodes.UnitSlip, "coal-fines-3-4", new EnergySaving.Core.Messages.Message("quality.unit-slip.larger"), 1);
        Assert.True(Finding.TryParseId(f.Id, out var id, out var month, out var code, out var carrier));
        Assert.Equal((42, new DateOnly(2025, 3, 1), "unit-slip", "coal-fines-3-4"), (id, month, code, carrier));
        Assert.False(Finding.TryParseId("42.2025-13.spike", out _, out _, out _, out _));
    }
}
