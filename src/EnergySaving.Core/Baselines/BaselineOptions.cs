namespace EnergySaving.Core.Baselines;

/// <summary>Tunable parameters of the baseline method (defaults are those of BASELINES.md).</summary>
public sealed record BaselineOptions
{
    public static BaselineOptions Default { get; } = new();

    /// <summary>A slope qualifies when its two-sided p-value is strictly below this.</summary>
    public double PValueThreshold { get; init; } = 0.10;

    public double BalancePointMinC { get; init; } = 10.0;

    public double BalancePointMaxC { get; init; } = 30.0;

    public double BalancePointStepC { get; init; } = 0.5;

    /// <summary>A degree-day term is tried only when Σ D·DD over the baseline reaches this.</summary>
    public double MinDegreeDays { get; init; } = 20.0;

    /// <summary>A month's degree-days count only when at least this share of its days has a temperature.</summary>
    public double MinTemperatureCoverage { get; init; } = 0.90;

    /// <summary>ASHRAE Guideline 14 monthly threshold for CV(RMSE), as a fraction (0.15 = 15 %).</summary>
    public double MaxCvRmse { get; init; } = 0.15;

    /// <summary>ASHRAE Guideline 14 monthly threshold for |NMBE|, as a fraction (0.05 = 5 %).</summary>
    public double MaxAbsNmbe { get; init; } = 0.05;

    /// <summary>Analyst-set baseline start (any day of the month). Both or neither of From/To.</summary>
    public DateOnly? BaselineFrom { get; init; }

    /// <summary>Analyst-set baseline end, inclusive (any day of the month).</summary>
    public DateOnly? BaselineTo { get; init; }

    /// <summary>Balance-point grid, ascending: Min, Min + Step, …, Max.</summary>
    public double[] BalancePointGrid()
    {
        if (!(BalancePointStepC > 0) || !(BalancePointMaxC >= BalancePointMinC))
        {
            return [];
        }

        var count = (int)Math.Floor(((BalancePointMaxC - BalancePointMinC) / BalancePointStepC) + 1e-9) + 1;
        var grid = new double[count];
        for (var i = 0; i < count; i++)
        {
            grid[i] = BalancePointMinC + (i * BalancePointStepC);
        }

        return grid;
    }
}
