namespace EnergySaving.Core.Baselines;

/// <summary>
/// A fitted baseline: consumption per day = Intercept + Production·(P/D) + Hdd·HDD(h) + Cdd·CDD(c).
/// Coefficients are per day (TOE/day, TOE per production unit, TOE per degree-day), as in API.md.
/// </summary>
/// <param name="Kind">"intercept", "production", "hdd", "cdd", "hdd+cdd", "production+hdd", "production+cdd" or "production+hdd+cdd".</param>
/// <param name="PValues">Two-sided p-values keyed by term: "intercept", "production", "hdd", "cdd".</param>
/// <param name="StandardErrors">Standard errors keyed by term.</param>
public sealed record BaselineModel(
    string Kind,
    double Intercept,
    double? Production,
    double? Hdd,
    double? Cdd,
    double? HeatingBalancePointC,
    double? CoolingBalancePointC,
    IReadOnlyDictionary<string, double> PValues,
    IReadOnlyDictionary<string, double> StandardErrors)
{
    public const string InterceptTerm = "intercept";
    public const string ProductionTerm = "production";
    public const string HddTerm = "hdd";
    public const string CddTerm = "cdd";

    /// <summary>Predicted consumption per day (TOE/day) for the given per-day production and degree-days.</summary>
    public double PredictPerDay(double productionPerDay, double hdd, double cdd) =>
        Intercept + ((Production ?? 0) * productionPerDay) + ((Hdd ?? 0) * hdd) + ((Cdd ?? 0) * cdd);
}
