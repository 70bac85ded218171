using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

/// <summary>Deterministic synthetic facilities whose true model is known.</summary>
internal static class Synthetic
{
    /// <summary>Daily temperatures: a seasonal cycle (mean 18 °C, ±12 °C) plus a deterministic day-to-day wobble.</summary>
    public static double[] Temperatures(DateOnly month, double shift = 0)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var t = new double[days];
        for (var d = 0; d < days; d++)
        {
            var doy = new DateOnly(month.Year, month.Month, d + 1).DayOfYear;
            t[d] = 18 + shift + (12 * Math.Sin(2 * Math.PI * (doy - 105) / 365.0)) + (3 * Math.Sin((d * 1.7) + month.Month));
        }

        return t;
    }

    /// <summary>Deterministic production wobble per month (units per day around 100).</summary>
    public static double ProductionPerDay(int index) => 100 + (30 * Math.Sin((index * 2.3) + 0.4)) + (10 * Math.Cos(index * 0.9));

    /// <summary>Deterministic noise in [−1, 1].</summary>
    public static double Noise(int index) => Math.Sin((index * 12.9898) + 78.233) * 0.999;

    /// <summary>
    /// Months from <paramref name="start"/> with E = D·(b0 + bp·P/D + bh·HDD(h) + bc·CDD(c)) + noise·D.
    /// Production is reported when <paramref name="bp"/> is not null.
    /// </summary>
    public static List<BaselineMonth> Facility(
        int months,
        double b0,
        double? bp = null,
        double bh = 0,
        double h = 15,
        double bc = 0,
        double c = 22,
        double noisePerDay = 0,
        DateOnly? start = null,
        bool temperatures = true)
    {
        var first = start ?? new DateOnly(2022, 1, 1);
        var list = new List<BaselineMonth>(months);
        for (var i = 0; i < months; i++)
        {
            var m = first.AddMonths(i);
            var days = DateTime.DaysInMonth(m.Year, m.Month);
            var temps = Temperatures(m);
            var pd = ProductionPerDay(i);
            var perDay = b0 + ((bp ?? 0) * pd) + (bh * DegreeDays.Heating(temps, days, h)) + (bc * DegreeDays.Cooling(temps, days, c))
                + (noisePerDay * Noise(i));
            list.Add(new BaselineMonth(m, days * perDay, bp is null ? null : pd * days, temperatures ? temps : null));
        }

        return list;
    }

    public static void AssertFinite(BaselineResult r)
    {
        if (r.Model is { } m)
        {
            Assert.True(double.IsFinite(m.Intercept));
            foreach (var v in new[] { m.Production, m.Hdd, m.Cdd, m.HeatingBalancePointC, m.CoolingBalancePointC })
            {
                Assert.True(v is null || double.IsFinite(v.Value));
            }

            Assert.All(m.PValues.Values, v => Assert.True(double.IsFinite(v) && v >= 0 && v <= 1));
            Assert.All(m.StandardErrors.Values, v => Assert.True(double.IsFinite(v) && v >= 0));
        }

        if (r.Metrics is { } f)
        {
            Assert.True(double.IsFinite(f.R2) && double.IsFinite(f.AdjustedR2) && (f.CvRmse is not { } cv || double.IsFinite(cv)) && (f.Nmbe is not { } nmbe || double.IsFinite(nmbe)));
        }

        if (r.Savings is { } s)
        {
            Assert.True(double.IsFinite(s.ExpectedToe) && double.IsFinite(s.ActualToe) && double.IsFinite(s.SavedToe) && double.IsFinite(s.SavedFraction));
            Assert.True(s.Uncertainty90 is null || double.IsFinite(s.Uncertainty90.Value));
        }

        Assert.True(r.SecBaseline is null || double.IsFinite(r.SecBaseline.Value));
    }
}
