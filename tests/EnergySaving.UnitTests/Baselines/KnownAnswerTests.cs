using System.Globalization;
using System.Text.Json;

using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

/// <summary>WeightedLeastSquares against numbers from other tools (see TestData/Baselines/README.md).</summary>
public class KnownAnswerTests
{
    private static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "Baselines", file);

    private static void AssertRelative(double expected, double actual, double tolerance)
    {
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(actual - expected) <= tolerance * scale, $"expected {expected:R}, got {actual:R} (relative {Math.Abs(actual - expected) / scale:E2})");
    }

    private static double[] Doubles(JsonElement e) => e.EnumerateArray().Select(x => x.GetDouble()).ToArray();

    [Fact]
    public void Wls_matches_statsmodels_to_1e6_relative()
    {
        var rows = File.ReadAllLines(DataPath("wls_24_months.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var n = rows.Count;
        var x = new double[n, 3];
        var y = new double[n];
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            var days = double.Parse(rows[i][1], CultureInfo.InvariantCulture);
            w[i] = days;
            y[i] = double.Parse(rows[i][2], CultureInfo.InvariantCulture) / days;
            x[i, 0] = 1;
            x[i, 1] = double.Parse(rows[i][3], CultureInfo.InvariantCulture) / days;
            x[i, 2] = double.Parse(rows[i][4], CultureInfo.InvariantCulture);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(DataPath("wls_24_months.expected.json")));
        var e = json.RootElement;
        var fit = WeightedLeastSquares.Fit(x, y, w);

        Assert.NotNull(fit);
        Assert.Equal(e.GetProperty("dfResid").GetInt32(), fit.DegreesOfFreedom);
        var coefficients = Doubles(e.GetProperty("coefficients"));
        var errors = Doubles(e.GetProperty("standardErrors"));
        var tValues = Doubles(e.GetProperty("tValues"));
        var pValues = Doubles(e.GetProperty("pValues"));
        for (var j = 0; j < 3; j++)
        {
            AssertRelative(coefficients[j], fit.Coefficients[j], 1e-6);
            AssertRelative(errors[j], fit.StandardErrors[j], 1e-6);
            AssertRelative(tValues[j], fit.TValues[j], 1e-6);
            AssertRelative(pValues[j], fit.PValues[j], 1e-6);
        }

        AssertRelative(e.GetProperty("rSquared").GetDouble(), fit.R2, 1e-6);
        AssertRelative(e.GetProperty("adjustedRSquared").GetDouble(), fit.AdjustedR2, 1e-6);
        AssertRelative(e.GetProperty("sse").GetDouble(), fit.Sse, 1e-6);
    }

    [Fact]
    public void Ordinary_least_squares_matches_nist_longley_certified_values()
    {
        var rows = File.ReadAllLines(DataPath("longley.csv")).Skip(1)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        var n = rows.Count;
        var x = new double[n, 7];
        var y = new double[n];
        var w = Enumerable.Repeat(1.0, n).ToArray();
        for (var i = 0; i < n; i++)
        {
            y[i] = rows[i][0];
            x[i, 0] = 1;
            for (var j = 1; j < 7; j++)
            {
                x[i, j] = rows[i][j];
            }
        }

        using var json = JsonDocument.Parse(File.ReadAllText(DataPath("longley.certified.json")));
        var e = json.RootElement;
        var fit = WeightedLeastSquares.Fit(x, y, w);

        Assert.NotNull(fit);
        var coefficients = Doubles(e.GetProperty("coefficients"));
        var errors = Doubles(e.GetProperty("standardErrors"));
        for (var j = 0; j < 7; j++)
        {
            AssertRelative(coefficients[j], fit.Coefficients[j], 1e-6);
            AssertRelative(errors[j], fit.StandardErrors[j], 1e-6);
        }

        AssertRelative(e.GetProperty("rSquared").GetDouble(), fit.R2, 1e-9);
        AssertRelative(e.GetProperty("residualStandardDeviation").GetDouble(), Math.Sqrt(fit.Sse / fit.DegreesOfFreedom), 1e-9);
    }

    [Fact]
    public void Collinear_design_returns_null_instead_of_throwing()
    {
        var x = new double[12, 3];
        var y = new double[12];
        var w = new double[12];
        for (var i = 0; i < 12; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = i;
            x[i, 2] = 3 * i;
            y[i] = 2 + i;
            w[i] = 30;
        }

        Assert.Null(WeightedLeastSquares.Fit(x, y, w));
    }
}
