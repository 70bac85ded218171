using EnergySaving.Core.Messages;

namespace EnergySaving.Core.Baselines;

/// <summary>Entry point of the baseline engine: BASELINES.md end to end, pure (no I/O).</summary>
public static class BaselineFitter
{
    /// <summary>
    /// Fits a facility's energy baseline and computes savings over the reporting period.
    /// Never throws on numerical trouble (collinear or constant columns simply do not qualify) and never
    /// returns NaN; throws <see cref="ArgumentException"/> only for two records of the same month.
    /// </summary>
    public static BaselineResult Fit(IReadOnlyList<BaselineMonth> months, BaselineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(months);
        options ??= BaselineOptions.Default;
        var reasons = new List<Message>();
        var valid = ValidMonths(months, reasons);

        var period = BaselinePeriod.Resolve(valid, options);
        if (period.InsufficientReason is { } why)
        {
            reasons.Insert(0, why);
            return new BaselineResult(BaselineResult.InsufficientData, reasons, period.Range, null, null, null, null);
        }

        var design = BaselineDesign.Create(period.Baseline, options, reasons);
        // The model reported is the QR re-fit, so that is what must qualify (BASELINES.md): a candidate whose re-fit
        // fails or does not qualify is passed over for the next qualified one. The intercept-only model ends the loop.
        var excluded = new HashSet<ModelSpec>();
        var spec = CandidateSearch.Find(design, options.PValueThreshold, excluded);
        var fit = Refit(design, spec);
        while (spec.Slopes > 0 && (fit is null || !Qualifies(fit, options.PValueThreshold)))
        {
            reasons.Add(fit is null
                ? Message.Of("baseline.refit.rank-deficient", ("kind", spec.Kind))
                : Message.Of("baseline.refit.not-qualified", ("kind", spec.Kind), ("pValue", options.PValueThreshold)));
            excluded.Add(spec);
            spec = CandidateSearch.Find(design, options.PValueThreshold, excluded);
            fit = Refit(design, spec);
        }

        if (fit is null)
        {
            reasons.Insert(0, Message.Of("baseline.no-intercept-fit"));
            return new BaselineResult(BaselineResult.InsufficientData, reasons, period.Range, null, null, null, null);
        }

        if (spec.Slopes == 0)
        {
            reasons.Add(Message.Of("baseline.intercept-only", ("pValue", options.PValueThreshold)));
        }

        var model = ToModel(spec, fit, design.Grid);
        var n = design.N;
        var actual = new double[n];
        var expected = new double[n];
        var residuals = new double[n];
        for (var i = 0; i < n; i++)
        {
            actual[i] = period.Baseline[i].EnergyToe;
            expected[i] = design.W[i] * fit.Fitted[i];
            residuals[i] = actual[i] - expected[i];
        }

        var parameters = spec.Slopes + 1;
        var metrics = FitMetrics.Compute(actual, expected, parameters, fit.R2, fit.AdjustedR2, options, reasons);
        var sec = SpecificEnergy.Of(period.Baseline);
        var savings = SavingsCalculator.Compute(model, period.Baseline, period.Reporting, metrics, parameters, residuals, options, reasons);
        return new BaselineResult(BaselineResult.Fitted, reasons, period.Range, model, metrics, sec, savings);
    }

    private static List<BaselineMonth> ValidMonths(IReadOnlyList<BaselineMonth> months, List<Message> reasons)
    {
        var sorted = months.OrderBy(m => m.FirstDay).ToList();
        var valid = new List<BaselineMonth>(sorted.Count);
        var invalid = new List<string>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var m = sorted[i];
            if (i > 0 && sorted[i - 1].FirstDay == m.FirstDay)
            {
                throw new ArgumentException($"Two records for month {MonthRange.Label(m.FirstDay)}.", nameof(months));
            }

            if (double.IsFinite(m.EnergyToe) && m.EnergyToe >= 0)
            {
                valid.Add(m);
            }
            else
            {
                invalid.Add(MonthRange.Label(m.FirstDay));
            }
        }

        if (invalid.Count > 0)
        {
            reasons.Add(Message.Of("baseline.invalid-months", ("months", invalid)));
        }

        return valid;
    }

    /// <summary>Every slope (all coefficients but the intercept) positive with a two-sided p-value below the threshold.</summary>
    internal static bool Qualifies(WlsResult fit, double pValueThreshold)
    {
        for (var j = 1; j < fit.Coefficients.Length; j++)
        {
            if (!(fit.Coefficients[j] > 0) || !(fit.PValues[j] < pValueThreshold))
            {
                return false;
            }
        }

        return true;
    }

    private static WlsResult? Refit(BaselineDesign d, ModelSpec spec)
    {
        var p = spec.Slopes + 1;
        var x = new double[d.N, p];
        for (var i = 0; i < d.N; i++)
        {
            var j = 0;
            x[i, j++] = 1.0;
            if (spec.Production)
            {
                x[i, j++] = d.ProductionPerDay![i];
            }

            if (spec.Heating)
            {
                x[i, j++] = d.Hdd![(spec.HeatIndex * d.N) + i];
            }

            if (spec.Cooling)
            {
                x[i, j] = d.Cdd![(spec.CoolIndex * d.N) + i];
            }
        }

        return WeightedLeastSquares.Fit(x, d.Y, d.W);
    }

    private static BaselineModel ToModel(ModelSpec spec, WlsResult fit, double[] grid)
    {
        var pValues = new Dictionary<string, double>();
        var errors = new Dictionary<string, double>();
        var j = 0;
        double? Take(string term)
        {
            pValues[term] = fit.PValues[j];
            errors[term] = fit.StandardErrors[j];
            return fit.Coefficients[j++];
        }

        var intercept = Take(BaselineModel.InterceptTerm)!.Value;
        var production = spec.Production ? Take(BaselineModel.ProductionTerm) : null;
        var hdd = spec.Heating ? Take(BaselineModel.HddTerm) : null;
        var cdd = spec.Cooling ? Take(BaselineModel.CddTerm) : null;
        return new BaselineModel(
            spec.Kind,
            intercept,
            production,
            hdd,
            cdd,
            spec.Heating ? grid[spec.HeatIndex] : null,
            spec.Cooling ? grid[spec.CoolIndex] : null,
            pValues,
            errors);
    }
}
