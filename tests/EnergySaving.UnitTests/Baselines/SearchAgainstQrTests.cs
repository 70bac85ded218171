using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

/// <summary>
/// The fast cross-product search must choose what a brute-force search made only of QR fits
/// (<see cref="WeightedLeastSquares"/>, every candidate, full p-values) chooses.
/// </summary>
public class SearchAgainstQrTests
{
    [Theory]
    [InlineData(0.3, 0.02, 0.25, 16.0, 0.4, 23.0)]
    [InlineData(0.8, 0.01, 0.0, 15.0, 0.3, 21.0)]
    [InlineData(1.5, 0.0, 0.2, 17.0, 0.0, 22.0)]
    [InlineData(3.0, 0.005, 0.05, 14.0, 0.05, 24.0)]
    public void Fast_search_agrees_with_brute_force_qr(double noise, double bp, double bh, double h, double bc, double c)
    {
        var months = Synthetic.Facility(24, b0: 4.0, bp: bp, bh: bh, h: h, bc: bc, c: c, noisePerDay: noise);
        var options = new BaselineOptions { BaselineFrom = new DateOnly(2022, 1, 1), BaselineTo = new DateOnly(2023, 12, 1) };

        var fast = BaselineFitter.Fit(months, options).Model!;
        var brute = BruteForce(months, options);

        Assert.Equal(brute.Kind, fast.Kind);
        Assert.Equal(brute.H, fast.HeatingBalancePointC);
        Assert.Equal(brute.C, fast.CoolingBalancePointC);
    }

    private static (string Kind, double? H, double? C) BruteForce(List<BaselineMonth> months, BaselineOptions options)
    {
        var grid = options.BalancePointGrid();
        var n = months.Count;
        var y = months.Select(m => m.EnergyToe / m.Days).ToArray();
        var w = months.Select(m => (double)m.Days).ToArray();
        var best = (Kind: "intercept", H: (double?)null, C: (double?)null, Adj: 0.0, K: 0);

        void Try(bool prod, double? hb, double? cb)
        {
            if ((hb is { } hv && months.Sum(m => m.Days * DegreeDays.Heating(m.DailyMeanTemperaturesC, m.Days, hv)) < options.MinDegreeDays)
                || (cb is { } cv && months.Sum(m => m.Days * DegreeDays.Cooling(m.DailyMeanTemperaturesC, m.Days, cv)) < options.MinDegreeDays))
            {
                return;
            }

            var cols = new List<Func<BaselineMonth, double>> { _ => 1.0 };
            if (prod)
            {
                cols.Add(m => m.Production!.Value / m.Days);
            }

            if (hb is { } hh)
            {
                cols.Add(m => DegreeDays.Heating(m.DailyMeanTemperaturesC, m.Days, hh));
            }

            if (cb is { } cc)
            {
                cols.Add(m => DegreeDays.Cooling(m.DailyMeanTemperaturesC, m.Days, cc));
            }

            var x = new double[n, cols.Count];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < cols.Count; j++)
                {
                    x[i, j] = cols[j](months[i]);
                }
            }

            var fit = WeightedLeastSquares.Fit(x, y, w);
            var k = cols.Count - 1;
            if (fit is null || Enumerable.Range(1, k).Any(j => !(fit.Coefficients[j] > 0) || !(fit.PValues[j] < options.PValueThreshold)))
            {
                return;
            }

            if (fit.AdjustedR2 > best.Adj + 1e-10 || (fit.AdjustedR2 >= best.Adj - 1e-10 && k < best.K))
            {
                var kind = string.Join("+", new[] { prod ? "production" : null, hb is null ? null : "hdd", cb is null ? null : "cdd" }.Where(s => s is not null));
                best = (kind, hb, cb, fit.AdjustedR2, k);
            }
        }

        var production = months.All(m => m.Production is not null);
        foreach (var prod in production ? new[] { false, true } : [false])
        {
            if (prod)
            {
                Try(true, null, null);
            }

            foreach (var hb in grid)
            {
                Try(prod, hb, null);
            }

            foreach (var cb in grid)
            {
                Try(prod, null, cb);
            }

            foreach (var hb in grid)
            {
                foreach (var cb in grid.Where(v => v >= hb))
                {
                    Try(prod, hb, cb);
                }
            }
        }

        return (best.Kind, best.H, best.C);
    }
}
