using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace EnergySaving.Core.Baselines;

/// <summary>Full statistics of a weighted least-squares fit (coefficients in design-column order).</summary>
public sealed record WlsResult(
    double[] Coefficients,
    double[] StandardErrors,
    double[] TValues,
    double[] PValues,
    double[] Fitted,
    double R2,
    double AdjustedR2,
    double Sse,
    int DegreesOfFreedom);

/// <summary>
/// Reference weighted least squares: Householder QR (MathNet, thin) of the √w-scaled design, never the normal
/// equations. Used for the final, reported model and by the known-answer tests; the candidate search uses the
/// allocation-free solver in <see cref="CandidateSearch"/>.
/// </summary>
public static class WeightedLeastSquares
{
    /// <summary>A column whose part independent of the previous columns is below this share of its norm is collinear.</summary>
    public const double RankTolerance = 1e-10;

    /// <summary>
    /// Fits y = Xβ with weights w. <paramref name="design"/> is n × p and includes the constant column
    /// (R² is centred on the weighted mean, as statsmodels does for a model with a constant).
    /// Returns null when the design is rank deficient or leaves no residual degrees of freedom.
    /// </summary>
    public static WlsResult? Fit(double[,] design, ReadOnlySpan<double> y, ReadOnlySpan<double> w)
    {
        var n = design.GetLength(0);
        var p = design.GetLength(1);
        if (n != y.Length || n != w.Length || p == 0 || n - p <= 0)
        {
            return null;
        }

        var xs = new double[n, p];
        var ys = new double[n];
        var colNorm = new double[p];
        for (var i = 0; i < n; i++)
        {
            if (!(w[i] > 0) || !double.IsFinite(w[i]) || !double.IsFinite(y[i]))
            {
                return null;
            }

            var sw = Math.Sqrt(w[i]);
            ys[i] = y[i] * sw;
            for (var j = 0; j < p; j++)
            {
                var v = design[i, j] * sw;
                if (!double.IsFinite(v))
                {
                    return null;
                }

                xs[i, j] = v;
                colNorm[j] += v * v;
            }
        }

        var qr = Matrix<double>.Build.DenseOfArray(xs).QR(QRMethod.Thin);
        var r = qr.R;
        for (var j = 0; j < p; j++)
        {
            if (!(Math.Abs(r[j, j]) > RankTolerance * Math.Sqrt(colNorm[j])))
            {
                return null;
            }
        }

        var beta = qr.Solve(Vector<double>.Build.DenseOfArray(ys)).ToArray();

        // R⁻¹ by back substitution; (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ, so its diagonal is the row sums of squares of R⁻¹.
        var rInv = new double[p, p];
        for (var k = 0; k < p; k++)
        {
            rInv[k, k] = 1.0 / r[k, k];
            for (var i = k - 1; i >= 0; i--)
            {
                var s = 0.0;
                for (var j = i + 1; j <= k; j++)
                {
                    s += r[i, j] * rInv[j, k];
                }

                rInv[i, k] = -s / r[i, i];
            }
        }

        var fitted = new double[n];
        double sse = 0, sumW = 0, sumWy = 0;
        for (var i = 0; i < n; i++)
        {
            var f = 0.0;
            for (var j = 0; j < p; j++)
            {
                f += design[i, j] * beta[j];
            }

            fitted[i] = f;
            var e = y[i] - f;
            sse += w[i] * e * e;
            sumW += w[i];
            sumWy += w[i] * y[i];
        }

        var mean = sumWy / sumW;
        var sst = 0.0;
        for (var i = 0; i < n; i++)
        {
            var d = y[i] - mean;
            sst += w[i] * d * d;
        }

        var df = n - p;
        var sigma2 = sse / df;
        var se = new double[p];
        var t = new double[p];
        var pv = new double[p];
        for (var j = 0; j < p; j++)
        {
            var diag = 0.0;
            for (var k = j; k < p; k++)
            {
                diag += rInv[j, k] * rInv[j, k];
            }

            se[j] = Math.Sqrt(sigma2 * diag);
            (t[j], pv[j]) = TwoSided(beta[j], se[j], df);
        }

        var r2 = sst > 0 ? 1.0 - (sse / sst) : 0.0;
        var adj = AdjustedR2(r2, n, p - 1);
        return new WlsResult(beta, se, t, pv, fitted, r2, adj, sse, df);
    }

    /// <summary>adjR² = 1 − (1 − R²)(n − 1)/(n − k − 1), k = number of slopes.</summary>
    public static double AdjustedR2(double r2, int n, int slopes) =>
        n - slopes - 1 > 0 ? 1.0 - ((1.0 - r2) * (n - 1) / (n - slopes - 1)) : r2;

    /// <summary>t statistic and two-sided p-value; a zero standard error gives p = 0 (or 1 for a zero coefficient), never NaN.</summary>
    public static (double T, double P) TwoSided(double coefficient, double standardError, int df)
    {
        if (!(standardError > 0))
        {
            return coefficient == 0 ? (0.0, 1.0) : (Math.CopySign(double.MaxValue, coefficient), 0.0);
        }

        var t = coefficient / standardError;
        var p = 2.0 * StudentT.CDF(0.0, 1.0, df, -Math.Abs(t));
        return (t, Math.Clamp(double.IsFinite(p) ? p : 0.0, 0.0, 1.0));
    }
}
