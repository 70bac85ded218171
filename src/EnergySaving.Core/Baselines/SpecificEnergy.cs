namespace EnergySaving.Core.Baselines;

/// <summary>Specific energy consumption of one calendar year.</summary>
/// <param name="Months">Months of the year with a valid consumption.</param>
/// <param name="MonthsWithProduction">Of those, months that also report production (the SEC is computed over these).</param>
/// <param name="EnergyToe">ΣE over the months with production.</param>
/// <param name="Production">ΣP over the same months.</param>
/// <param name="Sec">ΣE/ΣP in TOE per production unit over the months with production; null when ΣP is not positive.</param>
public sealed record AnnualSec(int Year, int Months, int MonthsWithProduction, double EnergyToe, double Production, double? Sec)
{
    /// <summary>All 12 months report both consumption and production.</summary>
    public bool Complete => MonthsWithProduction == 12;

    /// <summary>SEC in kgOE per production unit (1 TOE = 1,000 kgOE).</summary>
    public double? SecKgoe => Sec * 1000.0;
}

/// <summary>
/// SEC (specific energy consumption) = ΣE/ΣP, in TOE per production unit: the one definition (BASELINES.md) that
/// annual totals, baselines and support candidates use.
/// </summary>
public static class SpecificEnergy
{
    /// <summary>The ratio and its null rule: ΣE/ΣP, null when ΣP is not positive.</summary>
    public static double? Ratio(double energyToe, double production) => production > 0 ? energyToe / production : null;

    /// <summary>ΣE and ΣP over the months that report both a valid consumption and production (a production of 0 counts), and their SEC.</summary>
    public static (double EnergyToe, double Production, int Months, double? Sec) Sums(IEnumerable<BaselineMonth> months)
    {
        double e = 0, p = 0;
        var n = 0;
        foreach (var m in months)
        {
            if (HasBoth(m))
            {
                e += m.EnergyToe;
                p += m.Production!.Value;
                n++;
            }
        }

        return (e, p, n, Ratio(e, p));
    }

    /// <summary>ΣE/ΣP over the months that report both a valid consumption and production; null when ΣP ≤ 0.</summary>
    public static double? Of(IEnumerable<BaselineMonth> months) => Sums(months).Sec;

    /// <summary>SEC per calendar year, ascending by year.</summary>
    public static IReadOnlyList<AnnualSec> Annual(IEnumerable<BaselineMonth> months) =>
        months
            .Where(m => double.IsFinite(m.EnergyToe) && m.EnergyToe >= 0)
            .GroupBy(m => m.Month.Year)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var withP = g.Where(HasBoth).ToList();
                var e = withP.Sum(m => m.EnergyToe);
                var p = withP.Sum(m => m.Production!.Value);
                return new AnnualSec(g.Key, g.Select(m => m.Month.Month).Distinct().Count(), withP.Count, e, p, Ratio(e, p));
            })
            .ToList();

    private static bool HasBoth(BaselineMonth m) =>
        double.IsFinite(m.EnergyToe) && m.EnergyToe >= 0 && m.Production is { } p && double.IsFinite(p) && p >= 0;
}
