using EnergySaving.Core.Messages;

namespace EnergySaving.Core.Baselines;

/// <summary>Fit metrics (BASELINES.md "Fit metrics"); CV(RMSE) and NMBE are fractions (0.15 = 15 %).</summary>
/// <param name="N">Baseline months used.</param>
/// <param name="R2">Weighted R² of the per-day regression, 1 − SSE_w/SST_w.</param>
/// <param name="AdjustedR2">1 − (1 − R²)(n − 1)/(n − k − 1).</param>
/// <param name="CvRmse">sqrt(Σ(E − Ê)²/(n − p)) / Ē on monthly totals (ASHRAE Guideline 14).</param>
/// <param name="Nmbe">Σ(E − Ê) / ((n − p)·Ē) on monthly totals (ASHRAE Guideline 14).</param>
/// <param name="Adequate">CV(RMSE) ≤ 15 % and |NMBE| ≤ 5 % (configurable).</param>
public sealed record FitMetrics(int N, double R2, double AdjustedR2, double? CvRmse, double? Nmbe, bool Adequate)
{
    /// <summary>
    /// Computes CV(RMSE), NMBE and adequacy from monthly totals; adds a coded reason when the model is not
    /// adequate. A non-positive mean consumption (or no degree of freedom) gives CV(RMSE) = NMBE = null, not 0, and
    /// "not adequate" (never NaN): a ratio to a mean of zero is undefined, and 0 would read as a perfect fit.
    /// </summary>
    public static FitMetrics Compute(
        ReadOnlySpan<double> actualToe,
        ReadOnlySpan<double> expectedToe,
        int parameters,
        double r2,
        double adjustedR2,
        BaselineOptions options,
        List<Message> reasons)
    {
        var n = actualToe.Length;
        var df = n - parameters;
        double sum = 0, sse = 0, bias = 0;
        for (var i = 0; i < n; i++)
        {
            var e = actualToe[i] - expectedToe[i];
            sum += actualToe[i];
            sse += e * e;
            bias += e;
        }

        var mean = n > 0 ? sum / n : 0;
        if (!(mean > 0) || df <= 0)
        {
            reasons.Add(Message.Of("baseline.metrics.not-assessable"));
            return new FitMetrics(n, r2, adjustedR2, null, null, false);
        }

        var cv = Math.Sqrt(sse / df) / mean;
        var nmbe = bias / (df * mean);
        var adequate = cv <= options.MaxCvRmse && Math.Abs(nmbe) <= options.MaxAbsNmbe;
        if (cv > options.MaxCvRmse)
        {
            reasons.Add(Message.Of("baseline.metrics.cv-rmse-too-high", ("cvRmse", cv), ("max", options.MaxCvRmse)));
        }

        if (Math.Abs(nmbe) > options.MaxAbsNmbe)
        {
            reasons.Add(Message.Of("baseline.metrics.nmbe-too-high", ("nmbe", Math.Abs(nmbe)), ("max", options.MaxAbsNmbe)));
        }

        return new FitMetrics(n, r2, adjustedR2, cv, nmbe, adequate);
    }
}
