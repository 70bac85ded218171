using EnergySaving.Core.Messages;
using System.Globalization;

using EnergySaving.Core.Baselines;

using MathNet.Numerics.Distributions;

namespace EnergySaving.UnitTests.Baselines;

/// <summary>
/// BASELINES.md: the model reported after the QR re-fit must itself qualify, else the next qualified candidate is
/// taken. The fast search tests |t| &gt; t_crit with t_crit from StudentT.InvCDF, a root search that at 26 degrees
/// of freedom is about 1.6e-12 short of the exact 0.10 quantile; the QR re-fit computes p with StudentT.CDF. A slope
/// whose p lies in that sliver qualifies in the search and not after the re-fit.
/// <para>
/// The data below were found by a throwaway search (random months, bisection on the HDD slope until the search's
/// choice flipped) and are frozen here: 29 baseline months (so production+HDD has 26 degrees of freedom), one
/// temperature per month (so HDD(18) = max(18 − T, 0) exactly), a one-point balance grid (18 °C) so that there are
/// eight candidates, each computed below from first principles.
/// </para>
/// </summary>
public class QrRequalificationTests
{
    private const double BalancePoint = 18.0;

    private static readonly BaselineOptions Options = new()
    {
        BaselineFrom = new DateOnly(2022, 1, 1),
        BaselineTo = new DateOnly(2024, 5, 1),
        BalancePointMinC = BalancePoint,
        BalancePointMaxC = BalancePoint,
    };

    // Per month from January 2022: mean temperature (°C, every day of the month), production per day, energy (TOE).
    private static readonly double[] Temperatures =
    [
        14.3, 14.3, 16.5, 23, 24.3, 27.8, 30.4, 28.3, 24.7, 20, 18.3, 13.2, 12, 14.6, 17.1, 20.8, 26.1, 27.6, 30.2, 27.2,
        24.2, 21, 17, 15.3, 14.7, 15.5, 18, 22.8, 24.3,
    ];

    private static readonly double[] ProductionPerDay =
    [
        141.5, 155.5, 158.8, 106.1, 102.3, 120.5, 151, 141.2, 144.6, 141.1, 105.6, 102.4, 116.3, 115.8, 130, 157.7, 133.4,
        101.1, 129.3, 120.5, 129.1, 138.5, 137.2, 104.4, 153.7, 135.7, 125.9, 104.5, 126.1,
    ];

    private static readonly string[] EnergyToe =
    [
        "103.83973380592597", "100.0347273085783", "114.35902721861864", "96.33", "91.82199999999999", "96.53999999999999",
        "103.664", "109.306", "108.50999999999999", "111.569", "87.72", "98.11508709957964", "104.16010887447455",
        "96.11472239166655", "103.66401633117118", "108.96000000000001", "97.743", "94.05000000000001", "96.813", "103.447",
        "101.97", "102.951", "105.50001756039912", "92.44204899351355", "113.42905988096099", "100.59137577096455",
        "95.44900000000001", "89.01", "106.14399999999999",
    ];

    private static List<BaselineMonth> Months()
    {
        var list = new List<BaselineMonth>();
        for (var i = 0; i < Temperatures.Length; i++)
        {
            var month = new DateOnly(2022, 1, 1).AddMonths(i);
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            list.Add(new BaselineMonth(
                month,
                double.Parse(EnergyToe[i], CultureInfo.InvariantCulture),
                ProductionPerDay[i] * days,
                Enumerable.Repeat(Temperatures[i], days).ToArray()));
        }

        return list;
    }

    [Fact]
    public void A_model_that_fails_after_the_qr_refit_gives_way_to_the_next_qualified_candidate()
    {
        var months = Months();
        var candidates = Candidates(months);
        var threshold = Options.PValueThreshold;

        // Independently: production+HDD has positive slopes, its HDD p-value sits on 0.10 (within 1e-9), and it has the
        // highest adjusted R² of every candidate that qualifies or sits on the edge — the one the fast search takes.
        var edge = candidates.Single(c => c.Kind == "production+hdd");
        Assert.All(edge.Slopes, s => Assert.True(s > 0));
        Assert.True(Math.Abs(edge.PValues[^1] - threshold) < 1e-9, $"p(hdd) = {edge.PValues[^1]:R}");
        Assert.True(edge.PValues[0] < threshold - 1e-6);
        foreach (var other in candidates.Where(c => c != edge && c.Slopes.All(s => s > 0) && c.PValues.All(p => p < threshold + 1e-9)))
        {
            Assert.True(edge.AdjustedR2 > other.AdjustedR2, $"{other.Kind} {other.AdjustedR2:R} ≥ {edge.AdjustedR2:R}");
        }

        // No other candidate is near the edge, so the rest of the choice does not depend on rounding.
        foreach (var c in candidates.Where(c => c != edge))
        {
            Assert.All(c.PValues, p => Assert.True(Math.Abs(p - threshold) > 1e-6, $"{c.Kind}: p = {p:R}"));
        }

        var expected = candidates
            .Where(c => c != edge && c.Slopes.All(s => s > 0) && c.PValues.All(p => p < threshold))
            .OrderByDescending(c => c.AdjustedR2)
            .ThenBy(c => c.Slopes.Length)
            .First();
        Assert.Equal("production", expected.Kind); // the data are meant to exercise a real model, not the intercept

        // The engine's two steps: the fast search takes production+HDD, its QR re-fit does not qualify.
        var design = BaselineDesign.Create(months, Options, []);
        Assert.Equal(new ModelSpec(true, 0, -1), CandidateSearch.Find(design, threshold));
        var x = new double[months.Count, 3];
        for (var i = 0; i < months.Count; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = ProductionPerDay[i];
            x[i, 2] = Hdd(Temperatures[i]);
        }

        var refit = WeightedLeastSquares.Fit(x, months.Select(m => m.EnergyToe / m.Days).ToArray(), months.Select(m => (double)m.Days).ToArray())!;
        Assert.False(refit.PValues[2] < threshold, $"QR p(hdd) = {refit.PValues[2]:R}");

        // So the fitter reports the next qualified candidate, with its own statistics.
        var result = BaselineFitter.Fit(months, Options);

        Assert.Equal(BaselineResult.Fitted, result.Status);
        var model = result.Model!;
        Assert.Equal(expected.Kind, model.Kind);
        Assert.Contains(result.Reasons, r => r.Code == "baseline.refit.not-qualified" && Equals(r["kind"], "production+hdd"));
        AssertClose(expected.Coefficients[0], model.Intercept, 1e-9);
        AssertClose(expected.Coefficients[1], model.Production!.Value, 1e-9);
        Assert.Null(model.Hdd);
        Assert.Null(model.HeatingBalancePointC);
        AssertClose(expected.StandardErrors[0], model.StandardErrors[BaselineModel.InterceptTerm], 1e-9);
        AssertClose(expected.StandardErrors[1], model.StandardErrors[BaselineModel.ProductionTerm], 1e-9);
        AssertClose(expected.PValues[0], model.PValues[BaselineModel.ProductionTerm], 1e-6);
        Assert.True(model.PValues[BaselineModel.ProductionTerm] < threshold);
        AssertClose(expected.R2, result.Metrics!.R2, 1e-9);
        AssertClose(expected.AdjustedR2, result.Metrics.AdjustedR2, 1e-9);
    }

    private static double Hdd(double t) => Math.Max(BalancePoint - t, 0);

    private static double Cdd(double t) => Math.Max(t - BalancePoint, 0);

    private static void AssertClose(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Max(Math.Abs(expected), 1e-300), $"expected {expected:R}, got {actual:R}");

    /// <summary>A candidate fitted from first principles: coefficients in column order, slopes' p-values.</summary>
    private sealed record Candidate(string Kind, double[] Coefficients, double[] StandardErrors, double[] PValues, double R2, double AdjustedR2)
    {
        public double[] Slopes => Coefficients[1..];
    }

    /// <summary>Every candidate of BASELINES.md on this data (one balance point), by weighted least squares.</summary>
    private static List<Candidate> Candidates(List<BaselineMonth> months)
    {
        var columns = new (string Name, Func<int, double> Value)[]
        {
            ("production", i => ProductionPerDay[i]),
            ("hdd", i => Hdd(Temperatures[i])),
            ("cdd", i => Cdd(Temperatures[i])),
        };
        var list = new List<Candidate>();
        for (var mask = 1; mask < 8; mask++)
        {
            var chosen = columns.Where((_, j) => (mask & (1 << j)) != 0).ToArray();
            list.Add(Fit(months, string.Join("+", chosen.Select(c => c.Name)), chosen.Select(c => c.Value).ToArray()));
        }

        return list;
    }

    /// <summary>
    /// Weighted least squares by the textbook route: y = E/D, w = D; centre every column on its weighted mean, solve
    /// the k × k normal equations of the centred slopes by Gaussian elimination, intercept = ȳ − Σ β·x̄;
    /// σ² = SSE/(n − k − 1); Var(β) = σ²·(S⁻¹)_jj, Var(β0) = σ²·(1/Σw + x̄ᵀS⁻¹x̄); two-sided p from Student t.
    /// </summary>
    private static Candidate Fit(List<BaselineMonth> months, string kind, Func<int, double>[] cols)
    {
        var n = months.Count;
        var k = cols.Length;
        var w = months.Select(m => (double)m.Days).ToArray();
        var y = months.Select(m => m.EnergyToe / m.Days).ToArray();
        var sw = w.Sum();
        var ym = Enumerable.Range(0, n).Sum(i => w[i] * y[i]) / sw;
        var xm = new double[k];
        for (var j = 0; j < k; j++)
        {
            xm[j] = Enumerable.Range(0, n).Sum(i => w[i] * cols[j](i)) / sw;
        }

        var s = new double[k, k];
        var sy = new double[k];
        for (var a = 0; a < k; a++)
        {
            sy[a] = Enumerable.Range(0, n).Sum(i => w[i] * (cols[a](i) - xm[a]) * (y[i] - ym));
            for (var b = 0; b < k; b++)
            {
                s[a, b] = Enumerable.Range(0, n).Sum(i => w[i] * (cols[a](i) - xm[a]) * (cols[b](i) - xm[b]));
            }
        }

        var inverse = Invert(s);
        var beta = new double[k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                beta[a] += inverse[a, b] * sy[b];
            }
        }

        var intercept = ym - Enumerable.Range(0, k).Sum(j => beta[j] * xm[j]);
        double sse = 0, sst = 0;
        for (var i = 0; i < n; i++)
        {
            var e = y[i] - intercept - Enumerable.Range(0, k).Sum(j => beta[j] * cols[j](i));
            sse += w[i] * e * e;
            sst += w[i] * (y[i] - ym) * (y[i] - ym);
        }

        var df = n - k - 1;
        var sigma2 = sse / df;
        var errors = new double[k + 1];
        var pValues = new double[k];
        var quadratic = 0.0;
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                quadratic += xm[a] * inverse[a, b] * xm[b];
            }

            errors[a + 1] = Math.Sqrt(sigma2 * inverse[a, a]);
            pValues[a] = 2 * StudentT.CDF(0, 1, df, -Math.Abs(beta[a] / errors[a + 1]));
        }

        errors[0] = Math.Sqrt(sigma2 * ((1 / sw) + quadratic));
        var r2 = 1 - (sse / sst);
        return new Candidate(kind, [intercept, .. beta], errors, pValues, r2, 1 - ((1 - r2) * (n - 1) / df));
    }

    /// <summary>Gauss–Jordan inverse with partial pivoting (k ≤ 3).</summary>
    private static double[,] Invert(double[,] m)
    {
        var k = m.GetLength(0);
        var a = new double[k, 2 * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                a[i, j] = m[i, j];
            }

            a[i, k + i] = 1;
        }

        for (var c = 0; c < k; c++)
        {
            var pivot = Enumerable.Range(c, k - c).MaxBy(r => Math.Abs(a[r, c]));
            for (var j = 0; j < 2 * k; j++)
            {
                (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            }

            var d = a[c, c];
            for (var j = 0; j < 2 * k; j++)
            {
                a[c, j] /= d;
            }

            for (var r = 0; r < k; r++)
            {
                if (r != c)
                {
                    var f = a[r, c];
                    for (var j = 0; j < 2 * k; j++)
                    {
                        a[r, j] -= f * a[c, j];
                    }
                }
            }
        }

        var inv = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                inv[i, j] = a[i, k + j];
            }
        }

        return inv;
    }
}
