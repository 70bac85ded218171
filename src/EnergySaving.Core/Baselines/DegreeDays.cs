namespace EnergySaving.Core.Baselines;

/// <summary>
/// Monthly heating and cooling degree-days as BASELINES.md defines them: the mean over the month's days
/// (those with a temperature) of max(h − T, 0) and max(T − c, 0).
/// </summary>
public static class DegreeDays
{
    /// <summary>Share of the month's days that have a finite temperature (0 when none are given).</summary>
    public static double Coverage(double[]? dailyMeanTemperaturesC, int days)
    {
        if (dailyMeanTemperaturesC is null || days <= 0)
        {
            return 0;
        }

        var valid = 0;
        var count = Math.Min(days, dailyMeanTemperaturesC.Length);
        for (var i = 0; i < count; i++)
        {
            if (double.IsFinite(dailyMeanTemperaturesC[i]))
            {
                valid++;
            }
        }

        return (double)valid / days;
    }

    /// <summary>HDD(h): mean over days with a temperature of max(h − T, 0); 0 when no day has one.</summary>
    public static double Heating(ReadOnlySpan<double> temperaturesC, int days, double balancePointC) =>
        Mean(temperaturesC, days, balancePointC, heating: true);

    /// <summary>CDD(c): mean over days with a temperature of max(T − c, 0); 0 when no day has one.</summary>
    public static double Cooling(ReadOnlySpan<double> temperaturesC, int days, double balancePointC) =>
        Mean(temperaturesC, days, balancePointC, heating: false);

    /// <summary>
    /// HDD and CDD of one month for every point of an ascending grid in O(days·log days + grid):
    /// the valid temperatures are sorted once and prefix sums give Σ(h − T) over T &lt; h.
    /// </summary>
    internal static void ForGrid(ReadOnlySpan<double> temperaturesC, int days, ReadOnlySpan<double> grid, Span<double> hdd, Span<double> cdd)
    {
        Span<double> t = stackalloc double[32];
        var count = Math.Min(days, temperaturesC.Length);
        var nv = 0;
        for (var i = 0; i < count && nv < t.Length; i++)
        {
            if (double.IsFinite(temperaturesC[i]))
            {
                t[nv++] = temperaturesC[i];
            }
        }

        if (nv == 0)
        {
            hdd.Clear();
            cdd.Clear();
            return;
        }

        t = t[..nv];
        t.Sort();
        Span<double> prefix = stackalloc double[nv + 1];
        prefix[0] = 0;
        for (var i = 0; i < nv; i++)
        {
            prefix[i + 1] = prefix[i] + t[i];
        }

        var total = prefix[nv];
        var below = 0; // temperatures strictly below the balance point
        var atOrBelow = 0; // temperatures at or below the balance point
        for (var g = 0; g < grid.Length; g++)
        {
            var b = grid[g];
            while (below < nv && t[below] < b)
            {
                below++;
            }

            while (atOrBelow < nv && t[atOrBelow] <= b)
            {
                atOrBelow++;
            }

            hdd[g] = Math.Max(((b * below) - prefix[below]) / nv, 0.0);
            cdd[g] = Math.Max(((total - prefix[atOrBelow]) - (b * (nv - atOrBelow))) / nv, 0.0);
        }
    }

    private static double Mean(ReadOnlySpan<double> temperaturesC, int days, double b, bool heating)
    {
        var count = Math.Min(days, temperaturesC.Length);
        var sum = 0.0;
        var nv = 0;
        for (var i = 0; i < count; i++)
        {
            var t = temperaturesC[i];
            if (!double.IsFinite(t))
            {
                continue;
            }

            nv++;
            sum += heating ? Math.Max(b - t, 0) : Math.Max(t - b, 0);
        }

        return nv == 0 ? 0 : sum / nv;
    }
}
