namespace EnergySaving.Core.Baselines;

/// <summary>One calendar month of a facility's data, the input of <see cref="BaselineFitter"/>.</summary>
/// <param name="Month">Any day of the month (the first day by convention); only year and month are used.</param>
/// <param name="EnergyToe">Total consumption of the month in TOE (all carriers). Non-finite or negative values are treated as a missing month.</param>
/// <param name="Production">Production of the month in the facility's production unit, or null when not reported.</param>
/// <param name="DailyMeanTemperaturesC">
/// Daily mean outdoor temperatures (°C), one entry per day of the month (index 0 = day 1); NaN for a missing day.
/// Null when the facility has no weather station data for the month.
/// </param>
public sealed record BaselineMonth(
    DateOnly Month,
    double EnergyToe,
    double? Production = null,
    double[]? DailyMeanTemperaturesC = null)
{
    /// <summary>First day of the month.</summary>
    public DateOnly FirstDay => new(Month.Year, Month.Month, 1);

    /// <summary>Days in the calendar month (D in BASELINES.md).</summary>
    public int Days => DateTime.DaysInMonth(Month.Year, Month.Month);
}
