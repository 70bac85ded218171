using System.Numerics;

namespace EnergySaving.Core.Baselines;

/// <summary>
/// Finds the qualified candidate model with the highest adjusted R² (BASELINES.md "Model"), fast enough for the
/// full balance-point grid (about 2,000 candidates per facility).
/// <para>
/// How it stays fast and still safe:
/// every column (y, production per day, HDD(h) and CDD(c) for each grid point) is centred on its weighted mean
/// once per facility, directly from the data (no "Σx² − n·x̄²" cancellation), and the weighted centred
/// cross-products are accumulated once (pairs HDD(h)·CDD(c) once per pair). A candidate then costs O(k²) with
/// k ≤ 3 slopes: its cross-product matrix is scaled to a correlation matrix and factorised by Cholesky in
/// stack spans, with a pivot guard — a pivot 1 − R²(column | previous columns) below 1e-10, a constant column
/// (centred sum of squares below 1e-20 of the raw one) or a non-positive variance makes the candidate
/// "not qualified"; nothing throws, nothing allocates per candidate. The intercept drops out by the centring.
/// The parts of that factorisation that belong to one grid column are computed once per column (<see cref="Column"/>),
/// with the same operations in the same order, so a HDD/CDD pair costs one cross-product and a few operations and
/// yields the same explained sum of squares to the last bit; a candidate whose explained sum of squares is below
/// the gate (<see cref="Gate"/>) cannot beat the best and is not factorised further.
/// Adjusted R² is computed first; slopes, standard errors and t values only when the candidate could beat the
/// current best, and the p-value test is done as |t| &gt; t_crit(df) with t_crit computed once per df
/// (equivalent to p &lt; threshold). The selected model is then re-fitted with a Householder QR
/// (<see cref="WeightedLeastSquares"/>) for the reported coefficients and statistics; the QR rank tolerance is
/// looser than this guard, so a model chosen here always survives the QR.
/// </para>
/// Ties (adjusted R² within 1e-10): fewer terms win; then the first enumerated wins, which is production before
/// HDD before CDD and the lower balance point (heating first, then cooling).
/// </summary>
internal static class CandidateSearch
{
    private const double TieTolerance = 1e-10;
    private const double PivotTolerance = 1e-10;
    private const double ConstantTolerance = 1e-20;
    private const double GateMargin = 1e-9;

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
        Span<double> gate = stackalloc double[4];
        Gate(best, syy, n, gate);

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
                if (Offer(ref best, new ModelSpec(true, -1, -1), 1, s, sy, syy, n, tcrit, excluded))
                {
                    Gate(best, syy, n, gate);
                }
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

        var heat = Column.For(shh, shy, shp, spp, spy, pc is not null);
        var cool = Column.For(scc, scy, scp, spp, spy, pc is not null);

        // One weather term, with and without production.
        for (var k = 0; k < g; k++)
        {
            if (shh[k] > 0)
            {
                if (!(heat.Ssr1[k] < gate[1]) && OfferOne(ref best, new ModelSpec(false, k, -1), shh[k], shy[k], s, sy, syy, n, tcrit, excluded))
                {
                    Gate(best, syy, n, gate);
                }

                if (pc is not null && heat.WithProduction[k] && !(heat.Ssr2[k] < gate[2])
                    && OfferTwo(ref best, new ModelSpec(true, k, -1), spp, shp[k], shh[k], spy, shy[k], s, sy, syy, n, tcrit, excluded))
                {
                    Gate(best, syy, n, gate);
                }
            }
        }

        for (var k = 0; k < g; k++)
        {
            if (scc[k] > 0)
            {
                if (!(cool.Ssr1[k] < gate[1]) && OfferOne(ref best, new ModelSpec(false, -1, k), scc[k], scy[k], s, sy, syy, n, tcrit, excluded))
                {
                    Gate(best, syy, n, gate);
                }

                if (pc is not null && cool.WithProduction[k] && !(cool.Ssr2[k] < gate[2])
                    && OfferTwo(ref best, new ModelSpec(true, -1, k), spp, scp[k], scc[k], spy, scy[k], s, sy, syy, n, tcrit, excluded))
                {
                    Gate(best, syy, n, gate);
                }
            }
        }

        // HDD + CDD with h ≤ c, with and without production. The cross-products HDD(h)·CDD(c) of one h are
        // accumulated for every c at once (CDD columns transposed, vectorised over c; each sum is still taken
        // over the months in order, so it is the same number as a dot product per pair).
        var cct = new double[n * g];
        for (var k = 0; k < g; k++)
        {
            for (var i = 0; i < n; i++)
            {
                cct[(i * g) + k] = cc[(k * n) + i];
            }
        }

        var shcAll = new double[g];
        for (var h = 0; h < g; h++)
        {
            if (!(shh[h] > 0))
            {
                continue;
            }

            var acc = shcAll.AsSpan(h);
            acc.Clear();
            for (var i = 0; i < n; i++)
            {
                AddScaled(acc, w[i] * hc[(h * n) + i], cct.AsSpan((i * g) + h, g - h));
            }

            var withProduction = pc is not null && heat.WithProduction[h];
            for (var c = h; c < g; c++)
            {
                if (!(scc[c] > 0))
                {
                    continue;
                }

                var shc = shcAll[c];

                // The same operations, in the same order, as Offer's scaled Cholesky for [HDD, CDD]: the same
                // explained sum of squares to the last bit, so the gate only skips candidates Offer would refuse.
                var m = shc / (cool.Scale[c] * heat.Scale[h]);
                var pivot = 1.0 - (m * m);
                if (!(pivot <= PivotTolerance))
                {
                    var z1 = (cool.R[c] - (m * heat.R[h])) / Math.Sqrt(pivot);
                    var ssr = heat.Ssr1[h] + (z1 * z1);
                    if (!(ssr < gate[2]) && OfferTwo(ref best, new ModelSpec(false, h, c), shh[h], shc, scc[c], shy[h], scy[c], s, sy, syy, n, tcrit, excluded))
                    {
                        Gate(best, syy, n, gate);
                    }
                }

                if (withProduction)
                {
                    // [production, HDD, CDD]: the first two columns' factor is the one of [production, HDD].
                    var l21 = (m - (cool.L10[c] * heat.L10[h])) / heat.L11[h];
                    var pivot3 = cool.Pivot[c] - (l21 * l21);
                    if (!(pivot3 <= PivotTolerance))
                    {
                        var z2 = (cool.U[c] - (l21 * heat.Z1[h])) / Math.Sqrt(pivot3);
                        var ssr = heat.Ssr2[h] + (z2 * z2);
                        if (!(ssr < gate[3]))
                        {
                            s[0] = spp; s[1] = shp[h]; s[2] = scp[c];
                            s[3] = shp[h]; s[4] = shh[h]; s[5] = shc;
                            s[6] = scp[c]; s[7] = shc; s[8] = scc[c];
                            sy[0] = spy; sy[1] = shy[h]; sy[2] = scy[c];
                            if (Offer(ref best, new ModelSpec(true, h, c), 3, s, sy, syy, n, tcrit, excluded))
                            {
                                Gate(best, syy, n, gate);
                            }
                        }
                    }
                }
            }
        }

        return best.Spec;
    }

    /// <summary>
    /// For k slopes, an explained sum of squares below gate[k] cannot give an adjusted R² within the tie tolerance
    /// of the best, so the candidate cannot win. Adjusted R² is computed from it by rounded operations that never
    /// decrease when it grows, so a margin far above rounding (1e-9 of the total sum of squares) keeps the gate
    /// exact: every candidate Offer would accept passes.
    /// </summary>
    private static void Gate(in Best best, double syy, int n, Span<double> gate)
    {
        for (var k = 1; k <= 3; k++)
        {
            var df = n - k - 1;
            if (df <= 0)
            {
                gate[k] = double.PositiveInfinity; // Offer refuses every such candidate
            }
            else if (!(syy > 0) || !double.IsFinite(syy))
            {
                gate[k] = double.NegativeInfinity; // no gate: Offer decides
            }
            else
            {
                var r2 = 1.0 - ((1.0 - (best.Adj - TieTolerance)) * df / (n - 1));
                gate[k] = syy * (r2 - GateMargin);
            }
        }
    }

    /// <summary>acc[j] += a·x[j] for every j (no fused multiply-add: the same rounding as the scalar loop).</summary>
    private static void AddScaled(Span<double> acc, double a, ReadOnlySpan<double> x)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = new Vector<double>(a);
            for (; j <= acc.Length - Vector<double>.Count; j += Vector<double>.Count)
            {
                var sum = new Vector<double>(acc[j..]) + (va * new Vector<double>(x[j..]));
                sum.CopyTo(acc[j..]);
            }
        }

        for (; j < acc.Length; j++)
        {
            acc[j] += a * x[j];
        }
    }

    /// <summary>t such that a two-sided p-value is below the threshold exactly when |t| is above it.</summary>
    internal static double CriticalT(int df, double pValueThreshold)
    {
        if (df <= 0 || !(pValueThreshold > 0))
        {
            return double.PositiveInfinity;
        }

        if (pValueThreshold >= 1)
        {
            return 0.0;
        }

        return StudentTQuantile.Of(df, 1.0 - (pValueThreshold / 2.0));
    }

    private static bool OfferOne(ref Best best, ModelSpec spec, double sxx, double sxy, Span<double> s, Span<double> sy, double syy, int n, ReadOnlySpan<double> tcrit, HashSet<ModelSpec>? excluded)
    {
        s[0] = sxx;
        sy[0] = sxy;
        return Offer(ref best, spec, 1, s, sy, syy, n, tcrit, excluded);
    }

    private static bool OfferTwo(ref Best best, ModelSpec spec, double s11, double s12, double s22, double s1y, double s2y, Span<double> s, Span<double> sy, double syy, int n, ReadOnlySpan<double> tcrit, HashSet<ModelSpec>? excluded)
    {
        s[0] = s11; s[1] = s12;
        s[2] = s12; s[3] = s22;
        sy[0] = s1y; sy[1] = s2y;
        return Offer(ref best, spec, 2, s, sy, syy, n, tcrit, excluded);
    }

    /// <summary>Replaces the best model when the candidate beats it and qualifies (then returns true).</summary>
    private static bool Offer(ref Best best, ModelSpec spec, int k, ReadOnlySpan<double> s, ReadOnlySpan<double> sy, double syy, int n, ReadOnlySpan<double> tcrit, HashSet<ModelSpec>? excluded)
    {
        var df = n - k - 1;
        if (df <= 0)
        {
            return false;
        }

        Span<double> scale = stackalloc double[3];
        Span<double> r = stackalloc double[3];
        Span<double> l = stackalloc double[9];
        for (var j = 0; j < k; j++)
        {
            var sjj = s[(j * k) + j];
            if (!(sjj > 0) || !double.IsFinite(sjj))
            {
                return false;
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
                return false;
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
            return false;
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
                return false;
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
                return false;
            }

            if (!(se > 0) && double.IsPositiveInfinity(tcrit[k]))
            {
                return false;
            }
        }

        if (excluded?.Contains(spec) == true)
        {
            return false; // qualified here but not after the QR re-fit: the next best is wanted
        }

        best = new Best { Spec = spec, Adj = adj, K = k };
        return true;
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

    /// <summary>
    /// Per grid column (HDD or CDD), the parts of Offer's scaled Cholesky that do not depend on the other weather
    /// column, computed once with exactly Offer's operations: alone, and after production.
    /// </summary>
    private sealed class Column
    {
        private Column(int g)
        {
            Scale = new double[g];
            R = new double[g];
            Ssr1 = new double[g];
            L10 = new double[g];
            L11 = new double[g];
            Pivot = new double[g];
            Z1 = new double[g];
            U = new double[g];
            Ssr2 = new double[g];
            WithProduction = new bool[g];
        }

        /// <summary>√(Σw·x²) of the centred column.</summary>
        public double[] Scale { get; }

        /// <summary>Σw·x·y / Scale.</summary>
        public double[] R { get; }

        /// <summary>Explained sum of squares of the column alone.</summary>
        public double[] Ssr1 { get; }

        /// <summary>Correlation with production (the factor's first column).</summary>
        public double[] L10 { get; }

        /// <summary>√(1 − L10²), the factor's pivot after production.</summary>
        public double[] L11 { get; }

        /// <summary>1 − L10² as Offer computes it before any other column is taken off.</summary>
        public double[] Pivot { get; }

        /// <summary>The scaled coefficient of the column after production.</summary>
        public double[] Z1 { get; }

        /// <summary>R − L10·R(production), the forward substitution's first step as the last column.</summary>
        public double[] U { get; }

        /// <summary>Explained sum of squares of [production, column].</summary>
        public double[] Ssr2 { get; }

        /// <summary>[production, column] passes the pivot guard.</summary>
        public bool[] WithProduction { get; }

        public static Column For(double[] sxx, double[] sxy, double[] sxp, double spp, double spy, bool production)
        {
            var g = sxx.Length;
            var col = new Column(g);
            var scaleP = Math.Sqrt(spp);
            var rp = production ? spy / scaleP : 0.0;
            for (var k = 0; k < g; k++)
            {
                if (!(sxx[k] > 0))
                {
                    continue;
                }

                var scale = Math.Sqrt(sxx[k]);
                var r = sxy[k] / scale;
                col.Scale[k] = scale;
                col.R[k] = r;
                col.Ssr1[k] = r * r;
                if (!production)
                {
                    continue;
                }

                var l10 = sxp[k] / (scale * scaleP);
                var pivot = 1.0 - (l10 * l10);
                col.L10[k] = l10;
                col.Pivot[k] = pivot;
                col.U[k] = r - (l10 * rp);
                if (pivot > PivotTolerance)
                {
                    var l11 = Math.Sqrt(pivot);
                    var z1 = (r - (l10 * rp)) / l11;
                    col.L11[k] = l11;
                    col.Z1[k] = z1;
                    col.Ssr2[k] = (rp * rp) + (z1 * z1);
                    col.WithProduction[k] = true;
                }
            }

            return col;
        }
    }

    private struct Best
    {
        public ModelSpec Spec;
        public double Adj;
        public int K;
    }
}
