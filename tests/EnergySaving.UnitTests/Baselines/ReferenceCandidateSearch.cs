using MathNet.Numerics.Distributions;

using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

/// <summary>
/// The candidate search as it was before the speed-up of issue 13 (commit 06e6953), kept unchanged as the reference
/// that <see cref="CandidateSearchReferenceTests"/> compares the fast <c>CandidateSearch</c> with: every candidate
/// goes through the full scaled Cholesky, slopes and t tests. Ties (adjusted R² within 1e-10): fewer terms win;
/// then the first enumerated wins.
/// </summary>
internal static class ReferenceCandidateSearch
{
    private const double TieTolerance = 1e-10;
    private const double PivotTolerance = 1e-10;
    private const double ConstantTolerance = 1e-20;

    /// <param name="excluded">Candidates to pass over (those whose QR re-fit did not qualify), or null.</param>
    public static ModelSpec Find(BaselineDesign d, double pValueThreshold, HashSet<ModelSpec>? excluded = null)
    {
        var n = d.N;
        var w = d.W;
        var best = new Best { Spec = ModelSpec.Intercept, Adj = 0.0, K = 0 };
        if (n < 3)
        {
            return best.Spec;
        }

        var yc = Centre(w, d.Y, out var syy, out _);
        Span<double> tcrit = stackalloc double[4];
        for (var k = 1; k <= 3; k++)
        {
            tcrit[k] = CriticalT(n - k - 1, pValueThreshold);
        }

        Span<double> s = stackalloc double[9];
        Span<double> sy = stackalloc double[3];

        double[]? pc = null;
        double spp = 0, spy = 0;
        if (d.ProductionPerDay is { } prod)
        {
            pc = Centre(w, prod, out spp, out var constant);
            if (constant)
            {
                pc = null;
            }
            else
            {
                spy = Dot(w, pc, yc, 0, 0, n);
                s[0] = spp;
                sy[0] = spy;
                Offer(ref best, new ModelSpec(true, -1, -1), 1, s, sy, syy, n, tcrit, excluded);
            }
        }

        if (d.Hdd is null || d.Cdd is null)
        {
            return best.Spec;
        }

        var g = d.Grid.Length;
        var hc = CentreGrid(w, d.Hdd, g, n, d.HeatingEligible, out var shh);
        var cc = CentreGrid(w, d.Cdd, g, n, d.CoolingEligible, out var scc);
        var shy = new double[g];
        var scy = new double[g];
        var shp = new double[g];
        var scp = new double[g];
        for (var k = 0; k < g; k++)
        {
            if (shh[k] > 0)
            {
                shy[k] = Dot(w, hc, yc, k * n, 0, n);
                shp[k] = pc is null ? 0 : Dot(w, hc, pc, k * n, 0, n);
            }

            if (scc[k] > 0)
            {
                scy[k] = Dot(w, cc, yc, k * n, 0, n);
                scp[k] = pc is null ? 0 : Dot(w, cc, pc, k * n, 0, n);
            }
        }

        // One weather term, with and without production.
        for (var k = 0; k < g; k++)
        {
            if (shh[k] > 0)
            {
                OfferOne(ref best, new ModelSpec(false, k, -1), shh[k], shy[k], s, sy, syy, n, tcrit, excluded);
                if (pc is not null)
                {
                    OfferTwo(ref best, new ModelSpec(true, k, -1), spp, shp[k], shh[k], spy, shy[k], s, sy, syy, n, tcrit, excluded);
                }
            }
        }

        for (var k = 0; k < g; k++)
        {
            if (scc[k] > 0)
            {
                OfferOne(ref best, new ModelSpec(false, -1, k), scc[k], scy[k], s, sy, syy, n, tcrit, excluded);
                if (pc is not null)
                {
                    OfferTwo(ref best, new ModelSpec(true, -1, k), spp, scp[k], scc[k], spy, scy[k], s, sy, syy, n, tcrit, excluded);
                }
            }
        }

        // HDD + CDD with h ≤ c, with and without production.
        for (var h = 0; h < g; h++)
        {
            if (!(shh[h] > 0))
            {
                continue;
            }

            for (var c = h; c < g; c++)
            {
                if (!(scc[c] > 0))
                {
                    continue;
                }

                var shc = Dot(w, hc, cc, h * n, c * n, n);
                OfferTwo(ref best, new ModelSpec(false, h, c), shh[h], shc, scc[c], shy[h], scy[c], s, sy, syy, n, tcrit, excluded);
                if (pc is not null)
                {
                    s[0] = spp; s[1] = shp[h]; s[2] = scp[c];
                    s[3] = shp[h]; s[4] = shh[h]; s[5] = shc;
                    s[6] = scp[c]; s[7] = shc; s[8] = scc[c];
                    sy[0] = spy; sy[1] = shy[h]; sy[2] = scy[c];
                    Offer(ref best, new ModelSpec(true, h, c), 3, s, sy, syy, n, tcrit, excluded);
                }
            }
        }

        return best.Spec;
    }

    /// <summary>t such that a two-sided p-value is below the threshold exactly when |t| is above it.</summary>
    internal static double CriticalT(int df, double pValueThreshold)
    {
        if (df <= 0 || !(pValueThreshold > 0))
        {
            return double.PositiveInfinity;
        }

        return pValueThreshold >= 1 ? 0.0 : StudentT.InvCDF(0.0, 1.0, df, 1.0 - (pValueThreshold / 2.0));
    }

    private static void OfferOne(ref Best best, ModelSpec spec, double sxx, double sxy, Span<double> s, Span<double> sy, double syy, int n, ReadOnlySpan<double> tcrit, HashSet<ModelSpec>? excluded)
    {
        s[0] = sxx;
        sy[0] = sxy;
        Offer(ref best, spec, 1, s, sy, syy, n, tcrit, excluded);
    }

    private static void OfferTwo(ref Best best, ModelSpec spec, double s11, double s12, double s22, double s1y, double s2y, Span<double> s, Span<double> sy, double syy, int n, ReadOnlySpan<double> tcrit, HashSet<ModelSpec>? excluded)
    {
        s[0] = s11; s[1] = s12;
        s[2] = s12; s[3] = s22;
        sy[0] = s1y; sy[1] = s2y;
        Offer(ref best, spec, 2, s, sy, syy, n, tcrit, excluded);
    }

    /// <summary>Replaces the best model when the candidate beats it and qualifies.</summary>
    private static void Offer(ref Best best, ModelSpec spec, int k, ReadOnlySpan<double> s, ReadOnlySpan<double> sy, double syy, int n, ReadOnlySpan<double> tcrit, HashSet<ModelSpec>? excluded)
    {
        var df = n - k - 1;
        if (df <= 0)
        {
            return;
        }

        Span<double> scale = stackalloc double[3];
        Span<double> r = stackalloc double[3];
        Span<double> l = stackalloc double[9];
        for (var j = 0; j < k; j++)
        {
            var sjj = s[(j * k) + j];
            if (!(sjj > 0) || !double.IsFinite(sjj))
            {
                return;
            }

            scale[j] = Math.Sqrt(sjj);
            r[j] = sy[j] / scale[j];
        }

        // Cholesky of the correlation matrix, guarded.
        for (var j = 0; j < k; j++)
        {
            var pivot = 1.0;
            for (var m = 0; m < j; m++)
            {
                pivot -= l[(j * 3) + m] * l[(j * 3) + m];
            }

            if (!(pivot > PivotTolerance))
            {
                return;
            }

            var ljj = Math.Sqrt(pivot);
            l[(j * 3) + j] = ljj;
            for (var i = j + 1; i < k; i++)
            {
                var v = s[(i * k) + j] / (scale[i] * scale[j]);
                for (var m = 0; m < j; m++)
                {
                    v -= l[(i * 3) + m] * l[(j * 3) + m];
                }

                l[(i * 3) + j] = v / ljj;
            }
        }

        // Forward substitution: z1 = L⁻¹r; explained sum of squares = |z1|².
        Span<double> z = stackalloc double[3];
        var ssr = 0.0;
        for (var j = 0; j < k; j++)
        {
            var v = r[j];
            for (var m = 0; m < j; m++)
            {
                v -= l[(j * 3) + m] * z[m];
            }

            z[j] = v / l[(j * 3) + j];
            ssr += z[j] * z[j];
        }

        var r2 = syy > 0 ? Math.Clamp(ssr / syy, 0.0, 1.0) : 0.0;
        var adj = 1.0 - ((1.0 - r2) * (n - 1) / df);
        var wins = adj > best.Adj + TieTolerance || (adj >= best.Adj - TieTolerance && k < best.K);
        if (!wins)
        {
            return;
        }

        // Back substitution: scaled slopes z = L⁻ᵀz1 (same signs as the slopes).
        for (var j = k - 1; j >= 0; j--)
        {
            var v = z[j];
            for (var m = j + 1; m < k; m++)
            {
                v -= l[(m * 3) + j] * z[m];
            }

            z[j] = v / l[(j * 3) + j];
            if (!(z[j] > 0))
            {
                return;
            }
        }

        // Var(z_j) = σ²·(C⁻¹)_jj with C the correlation matrix, (C⁻¹)_jj = Σ_i (L⁻¹)_ij².
        var sigma2 = Math.Max(syy - ssr, 0.0) / df;
        Span<double> li = stackalloc double[9];
        for (var j = 0; j < k; j++)
        {
            li[(j * 3) + j] = 1.0 / l[(j * 3) + j];
            for (var i = j + 1; i < k; i++)
            {
                var v = 0.0;
                for (var m = j; m < i; m++)
                {
                    v -= l[(i * 3) + m] * li[(m * 3) + j];
                }

                li[(i * 3) + j] = v / l[(i * 3) + i];
            }
        }

        for (var j = 0; j < k; j++)
        {
            var cjj = 0.0;
            for (var i = j; i < k; i++)
            {
                cjj += li[(i * 3) + j] * li[(i * 3) + j];
            }

            var se = Math.Sqrt(sigma2 * cjj);
            if (se > 0 && !(z[j] / se > tcrit[k]))
            {
                return;
            }

            if (!(se > 0) && double.IsPositiveInfinity(tcrit[k]))
            {
                return;
            }
        }

        if (excluded?.Contains(spec) == true)
        {
            return; // qualified here but not after the QR re-fit: the next best is wanted
        }

        best = new Best { Spec = spec, Adj = adj, K = k };
    }

    private static double[] Centre(double[] w, double[] x, out double ss, out bool constant)
    {
        var n = x.Length;
        double sw = 0, swx = 0, raw = 0;
        for (var i = 0; i < n; i++)
        {
            sw += w[i];
            swx += w[i] * x[i];
            raw += w[i] * x[i] * x[i];
        }

        var mean = swx / sw;
        var c = new double[n];
        ss = 0;
        for (var i = 0; i < n; i++)
        {
            c[i] = x[i] - mean;
            ss += w[i] * c[i] * c[i];
        }

        constant = !(ss > ConstantTolerance * raw);
        return c;
    }

    /// <summary>Centres each eligible grid column; the sum of squares is 0 for ineligible or constant columns.</summary>
    private static double[] CentreGrid(double[] w, double[] flat, int g, int n, bool[] eligible, out double[] ss)
    {
        var c = new double[flat.Length];
        ss = new double[g];
        for (var k = 0; k < g; k++)
        {
            if (!eligible[k])
            {
                continue;
            }

            var o = k * n;
            double sw = 0, swx = 0, raw = 0;
            for (var i = 0; i < n; i++)
            {
                var x = flat[o + i];
                sw += w[i];
                swx += w[i] * x;
                raw += w[i] * x * x;
            }

            var mean = swx / sw;
            var s = 0.0;
            for (var i = 0; i < n; i++)
            {
                var v = flat[o + i] - mean;
                c[o + i] = v;
                s += w[i] * v * v;
            }

            ss[k] = s > ConstantTolerance * raw ? s : 0.0;
        }

        return c;
    }

    private static double Dot(double[] w, double[] a, double[] b, int offsetA, int offsetB, int n)
    {
        var s = 0.0;
        for (var i = 0; i < n; i++)
        {
            s += w[i] * a[offsetA + i] * b[offsetB + i];
        }

        return s;
    }

    private struct Best
    {
        public ModelSpec Spec;
        public double Adj;
        public int K;
    }
}
