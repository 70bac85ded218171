namespace EnergySaving.Core.Baselines;

/// <summary>Savings of one calendar year of the reporting period (months after the baseline period).</summary>
/// <param name="Months">Reporting months of the year that had every input the model needs.</param>
public sealed record YearSavings(int Year, int Months, double ExpectedToe, double ActualToe)
{
    public double SavedToe => ExpectedToe - ActualToe;
}

/// <summary>Expected (model) and actual consumption per calendar year of the reporting period.</summary>
public static class AnnualSavings
{
    public static IReadOnlyList<YearSavings> ByYear(BaselineModel model, MonthRange period, IEnumerable<BaselineMonth> months, BaselineOptions? options = null)
    {
        options ??= BaselineOptions.Default;
        var result = new SortedDictionary<int, YearSavings>();
        foreach (var m in months)
        {
            if (MonthRange.MonthIndex(m.FirstDay) <= MonthRange.MonthIndex(period.To)) continue;
            if (!double.IsFinite(m.EnergyToe) || m.EnergyToe < 0) continue;
            if (!SavingsCalculator.TryInputs(m, model, options, out var pd, out var h, out var c, out _)) continue;
            var expected = m.Days * model.PredictPerDay(pd, h, c);
            var year = m.FirstDay.Year;
            result[year] = result.TryGetValue(year, out var y)
                ? y with { Months = y.Months + 1, ExpectedToe = y.ExpectedToe + expected, ActualToe = y.ActualToe + m.EnergyToe }
                : new YearSavings(year, 1, expected, m.EnergyToe);
        }

        return result.Values.ToList();
    }
}
