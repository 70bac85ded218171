using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Weather;

/// <summary>Reads for the baseline jobs: daily means of a station (facilities name it in <c>weatherStation</c>).</summary>
public static class WeatherQueries
{
    /// <summary>Date → daily mean °C of one station from <paramref name="from"/> to <paramref name="to"/> inclusive, in date order; empty for an unknown station.</summary>
    public static async Task<SortedDictionary<DateOnly, double>> DailyMeansAsync(
        EnergySavingDbContext db, string stationCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var all = await DailyMeansAsync(db, [stationCode], from, to, ct);
        return all.TryGetValue(stationCode, out var means) ? means : [];
    }

    /// <summary>The same for many stations in one query: station code → date → mean °C; stations without data are absent.</summary>
    public static async Task<Dictionary<string, SortedDictionary<DateOnly, double>>> DailyMeansAsync(
        EnergySavingDbContext db, IReadOnlyCollection<string> stationCodes, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var codes = stationCodes.Distinct().ToArray();
        var rows = await (
                from t in db.DailyTemperatures
                join s in db.WeatherStations on t.StationId equals s.Id
                where codes.Contains(s.Code) && t.Date >= @from && t.Date <= to
                select new { s.Code, t.Date, t.MeanC })
            .AsNoTracking()
            .ToListAsync(ct);
        var result = new Dictionary<string, SortedDictionary<DateOnly, double>>();
        foreach (var row in rows)
        {
            if (!result.TryGetValue(row.Code, out var means)) result[row.Code] = means = [];
            means[row.Date] = row.MeanC;
        }
        return result;
    }

    /// <summary>
    /// One month's temperatures as DegreeDays expects them: index 0 is the 1st, a missing day is NaN.
    /// </summary>
    public static double[] MonthArray(IReadOnlyDictionary<DateOnly, double> means, DateOnly anyDayOfMonth)
    {
        var days = DateTime.DaysInMonth(anyDayOfMonth.Year, anyDayOfMonth.Month);
        var first = new DateOnly(anyDayOfMonth.Year, anyDayOfMonth.Month, 1);
        var result = new double[days];
        for (var i = 0; i < days; i++)
            result[i] = means.TryGetValue(first.AddDays(i), out var t) ? t : double.NaN;
        return result;
    }
}
