using System.Collections.Concurrent;

using MathNet.Numerics.Distributions;

namespace EnergySaving.Core.Baselines;

/// <summary>
/// Quantiles of the standard Student t distribution, each computed once. StudentT.InvCDF is a root search costing
/// 10–30 µs — more than a facility's whole balance-point grid search — and only a few (df, probability) pairs ever
/// occur (the probabilities come from settings, df ≤ the number of baseline months), so they are kept. The value is
/// exactly the one InvCDF returns.
/// </summary>
internal static class StudentTQuantile
{
    /// <summary>Beyond this many distinct pairs (never reached by real settings) values are computed, not kept.</summary>
    private const int Limit = 4096;

    private static readonly ConcurrentDictionary<(int Df, double Probability), double> Cache = new();

    public static double Of(int df, double probability)
    {
        if (Cache.TryGetValue((df, probability), out var cached))
        {
            return cached;
        }

        var t = StudentT.InvCDF(0.0, 1.0, df, probability);
        if (Cache.Count < Limit)
        {
            Cache.TryAdd((df, probability), t);
        }

        return t;
    }
}
