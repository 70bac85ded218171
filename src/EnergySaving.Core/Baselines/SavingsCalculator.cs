using EnergySaving.Core.Messages;

namespace EnergySaving.Core.Baselines;

/// <summary>Avoided-energy savings over the reporting period and their uncertainty (BASELINES.md, ASHRAE Guideline 14 Annex B).</summary>
public static class SavingsCalculator
{
    /// <summary>
    /// ΔS/S at 90 % confidence, monthly form of ASHRAE Guideline 14 Annex B:
    /// t(0.90, n − p)·(−0.00022·m² + 0.03306·m + 0.94054)·CV(RMSE)·sqrt((n/n′)(1 + 2/n′)/m) / |F|,
    /// n′ = n(1 − ρ)/(1 + ρ). t(0.90, df) is the two-sided 90 % value (the 0.95 quantile of Student's t).
    /// We divide by |F| so the result is a non-negative relative half-width also when savings are negative.
    /// Returns null when it cannot be computed: m = 0, F = 0, n − p ≤ 0, ρ ≤ −1 or n′ ≤ 0 (ρ ≥ 1).
    /// </summary>
    public static double? Uncertainty90(int n, int parameters, int reportingMonths, double cvRmse, double rho, double savedFraction)
    {
        var df = n - parameters;
        if (reportingMonths <= 0 || df <= 0 || savedFraction == 0 || !double.IsFinite(savedFraction)
            || !double.IsFinite(cvRmse) || !double.IsFinite(rho) || rho <= -1)
        {
            return null;
        }

        var nPrime = n * (1 - rho) / (1 + rho);
        if (!(nPrime > 0))
        {
            return null;
        }

        double m = reportingMonths;
        var t = StudentTQuantile.Of(df, 0.95);
        var poly = (-0.00022 * m * m) + (0.03306 * m) + 0.94054;
        var value = t * poly * cvRmse * Math.Sqrt((n / nPrime) * (1 + (2 / nPrime)) / m) / Math.Abs(savedFraction);
        return double.IsFinite(value) ? value : null;
    }

    /// <summary>
    /// Lag-1 autocorrelation of baseline residuals (BASELINES.md): Σ(r_i − r̄)(r_{i−1} − r̄) / Σ(r_i − r̄)², where the
    /// numerator takes only pairs of consecutive calendar months (a month and the one just before it; a gap breaks
    /// the chain), and a negative ρ is taken as 0 so that the effective sample n′ = n(1 − ρ)/(1 + ρ) never exceeds n.
    /// 0 when undefined. <paramref name="monthIndices"/> are the residuals' months as <see cref="MonthRange.MonthIndex"/>, ascending.
    /// </summary>
    public static double LagOneAutocorrelation(ReadOnlySpan<double> residuals, ReadOnlySpan<int> monthIndices)
    {
        if (monthIndices.Length != residuals.Length)
        {
            throw new ArgumentException("One month index per residual.", nameof(monthIndices));
        }

        var n = residuals.Length;
        if (n < 2)
        {
            return 0;
        }

        var mean = 0.0;
        foreach (var r in residuals)
        {
            mean += r;
        }

        mean /= n;
        double num = 0, den = 0;
        for (var i = 0; i < n; i++)
        {
            var d = residuals[i] - mean;
            den += d * d;
            if (i > 0 && monthIndices[i] == monthIndices[i - 1] + 1)
            {
                num += d * (residuals[i - 1] - mean);
            }
        }

        return den > 0 ? Math.Max(0, num / den) : 0;
    }

    /// <summary>
    /// Savings over the reporting months. A month lacking production or temperatures that the model needs is left
    /// out (and named in <paramref name="reasons"/>); a month whose inputs lie outside the baseline range is
    /// flagged as extrapolated. <paramref name="baselineResiduals"/> are the monthly-total residuals E − Ê in
    /// calendar order (months missing from the baseline are simply skipped).
    /// </summary>
    internal static SavingsResult? Compute(
        BaselineModel model,
        IReadOnlyList<BaselineMonth> baseline,
        IReadOnlyList<BaselineMonth> reporting,
        FitMetrics metrics,
        int parameters,
        ReadOnlySpan<double> baselineResiduals,
        BaselineOptions options,
        List<Message> reasons)
    {
        if (reporting.Count == 0)
        {
            reasons.Add(Message.Of("baseline.savings.no-reporting-months"));
            return null;
        }

        var (pMin, pMax, hMin, hMax, cMin, cMax) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
        foreach (var m in baseline)
        {
            if (TryInputs(m, model, options, out var pd, out var h, out var c, out _))
            {
                (pMin, pMax) = (Math.Min(pMin, pd), Math.Max(pMax, pd));
                (hMin, hMax) = (Math.Min(hMin, h), Math.Max(hMax, h));
                (cMin, cMax) = (Math.Min(cMin, c), Math.Max(cMax, c));
            }
        }

        double expected = 0, actual = 0;
        var used = 0;
        DateOnly? from = null, to = null;
        var extrapolated = new List<DateOnly>();
        var skipped = new List<Message>();
        foreach (var m in reporting)
        {
            if (!TryInputs(m, model, options, out var pd, out var h, out var c, out var missing))
            {
                skipped.Add(missing!);
                continue;
            }

            expected += m.Days * model.PredictPerDay(pd, h, c);
            actual += m.EnergyToe;
            used++;
            from ??= m.FirstDay;
            to = m.FirstDay;
            if ((model.Production is not null && Outside(pd, pMin, pMax))
                || (model.Hdd is not null && Outside(h, hMin, hMax))
                || (model.Cdd is not null && Outside(c, cMin, cMax)))
            {
                extrapolated.Add(m.FirstDay);
            }
        }

        if (skipped.Count > 0)
        {
            reasons.Add(Message.Of("baseline.savings.months-left-out", ("months", skipped)));
        }

        if (used == 0 || from is null || to is null)
        {
            reasons.Add(Message.Of("baseline.savings.no-usable-month"));
            return null;
        }

        if (extrapolated.Count > 0)
        {
            reasons.Add(Message.Of("baseline.savings.extrapolated", ("months", extrapolated.Select(MonthRange.Label).ToList())));
        }

        var saved = expected - actual;
        var fraction = expected > 0 ? saved / expected : 0.0;
        var monthIndices = new int[baseline.Count];
        for (var i = 0; i < monthIndices.Length; i++)
        {
            monthIndices[i] = MonthRange.MonthIndex(baseline[i].FirstDay);
        }

        var rho = LagOneAutocorrelation(baselineResiduals, monthIndices);
        var u = metrics.CvRmse is { } cvRmse ? Uncertainty90(metrics.N, parameters, used, cvRmse, rho, fraction) : null;
        if (u is null)
        {
            reasons.Add(Message.Of("baseline.savings.uncertainty-not-computed", ("fraction", fraction), ("rho", rho)));
        }

        return new SavingsResult(from.Value, to.Value, used, expected, actual, saved, fraction, u, u * Math.Abs(saved), extrapolated, metrics.Adequate);
    }

    /// <summary>
    /// Expected consumption Ê_m = D_m·f(x_m) of one month with its own production and degree-days, or null when an input
    /// the model needs is missing: the per-month figure behind <see cref="Compute"/>, for month-by-month savings.
    /// </summary>
    public static double? ExpectedToe(BaselineModel model, BaselineMonth month, BaselineOptions options) =>
        TryInputs(month, model, options, out var pd, out var h, out var c, out _) ? month.Days * model.PredictPerDay(pd, h, c) : null;

    /// <summary>Per-day production and the degree-days at the model's balance points; false with the code of the month's note saying what is missing.</summary>
    internal static bool TryInputs(BaselineMonth m, BaselineModel model, BaselineOptions options, out double productionPerDay, out double hdd, out double cdd, out Message? missing)
    {
        productionPerDay = hdd = cdd = 0;
        missing = null;
        var days = m.Days;
        if (model.Production is not null)
        {
            if (m.Production is not { } p || !double.IsFinite(p) || p < 0)
            {
                missing = Message.Of("baseline.savings.month-without-production", ("month", MonthRange.Label(m.FirstDay)));
                return false;
            }

            productionPerDay = p / days;
        }

        if (model.HeatingBalancePointC is null && model.CoolingBalancePointC is null)
        {
            return true;
        }

        if (m.DailyMeanTemperaturesC is not { } temps || DegreeDays.Coverage(temps, days) < options.MinTemperatureCoverage)
        {
            missing = Message.Of("baseline.savings.month-without-temperatures", ("month", MonthRange.Label(m.FirstDay)));
            return false;
        }

        if (model.HeatingBalancePointC is { } hb)
        {
            hdd = DegreeDays.Heating(temps, days, hb);
        }

        if (model.CoolingBalancePointC is { } cb)
        {
            cdd = DegreeDays.Cooling(temps, days, cb);
        }

        return true;
    }

    private static bool Outside(double x, double min, double max)
    {
        var tol = 1e-9 * Math.Max(1.0, Math.Max(Math.Abs(min), Math.Abs(max)));
        return x < min - tol || x > max + tol;
    }
}
