using EnergySaving.Core.Messages;

namespace EnergySaving.Core.Baselines;

/// <summary>
/// The baseline months turned into regression inputs once per facility: y = E/D, w = D, production per day,
/// and HDD/CDD of every month at every balance point of the grid (flat arrays, [gridIndex * n + month]).
/// </summary>
internal sealed class BaselineDesign
{
    private BaselineDesign(int n)
    {
        N = n;
        Y = new double[n];
        W = new double[n];
    }

    public int N { get; }

    /// <summary>Consumption per day, E/D.</summary>
    public double[] Y { get; }

    /// <summary>Weights: days in the month.</summary>
    public double[] W { get; }

    /// <summary>Production per day P/D, or null when production is not reported for every baseline month.</summary>
    public double[]? ProductionPerDay { get; private set; }

    public double[] Grid { get; private set; } = [];

    /// <summary>HDD per month for each grid point, or null when weather candidates are not attempted.</summary>
    public double[]? Hdd { get; private set; }

    public double[]? Cdd { get; private set; }

    /// <summary>Σ D·HDD(h) ≥ the minimum, per grid point (false everywhere without weather).</summary>
    public bool[] HeatingEligible { get; private set; } = [];

    public bool[] CoolingEligible { get; private set; } = [];

    public static BaselineDesign Create(IReadOnlyList<BaselineMonth> baseline, BaselineOptions options, List<Message> reasons)
    {
        var n = baseline.Count;
        var d = new BaselineDesign(n);
        var production = new double[n];
        var missingProduction = new List<string>();
        var anyProduction = false;
        for (var i = 0; i < n; i++)
        {
            var m = baseline[i];
            d.W[i] = m.Days;
            d.Y[i] = m.EnergyToe / m.Days;
            if (m.Production is { } p && double.IsFinite(p) && p >= 0)
            {
                production[i] = p / m.Days;
                anyProduction = true;
            }
            else
            {
                missingProduction.Add(MonthRange.Label(m.FirstDay));
            }
        }

        if (missingProduction.Count == 0)
        {
            d.ProductionPerDay = production;
        }
        else if (anyProduction)
        {
            reasons.Add(Message.Of("baseline.production-models-not-tried", ("months", missingProduction)));
        }

        d.PrepareWeather(baseline, options, reasons);
        return d;
    }

    private void PrepareWeather(IReadOnlyList<BaselineMonth> baseline, BaselineOptions options, List<Message> reasons)
    {
        var grid = options.BalancePointGrid();
        HeatingEligible = new bool[grid.Length];
        CoolingEligible = new bool[grid.Length];
        Grid = grid;
        if (grid.Length == 0)
        {
            return;
        }

        var poor = new List<Message>();
        var anyTemperature = false;
        foreach (var m in baseline)
        {
            var coverage = DegreeDays.Coverage(m.DailyMeanTemperaturesC, m.Days);
            anyTemperature |= coverage > 0;
            if (coverage < options.MinTemperatureCoverage)
            {
                poor.Add(Message.Of("baseline.month-temperature-coverage", ("month", MonthRange.Label(m.FirstDay)), ("coverage", coverage)));
            }
        }

        if (poor.Count > 0)
        {
            if (anyTemperature)
            {
                reasons.Add(Message.Of("baseline.weather-models-not-tried", ("coverage", options.MinTemperatureCoverage), ("months", poor)));
            }

            return;
        }

        var g = grid.Length;
        var hdd = new double[g * N];
        var cdd = new double[g * N];
        var h = new double[g];
        var c = new double[g];
        var heatTotal = new double[g];
        var coolTotal = new double[g];
        for (var i = 0; i < N; i++)
        {
            var m = baseline[i];
            DegreeDays.ForGrid(m.DailyMeanTemperaturesC, m.Days, grid, h, c);
            for (var k = 0; k < g; k++)
            {
                hdd[(k * N) + i] = h[k];
                cdd[(k * N) + i] = c[k];
                heatTotal[k] += m.Days * h[k];
                coolTotal[k] += m.Days * c[k];
            }
        }

        for (var k = 0; k < g; k++)
        {
            HeatingEligible[k] = heatTotal[k] >= options.MinDegreeDays;
            CoolingEligible[k] = coolTotal[k] >= options.MinDegreeDays;
        }

        Hdd = hdd;
        Cdd = cdd;
    }
}
