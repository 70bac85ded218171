using System.Globalization;
using EnergySaving.Core.Facilities;

namespace EnergySaving.Core.KeyFacilities;

/// <summary>Thresholds of Decree 21/2011 art. 6 (kept by Law 77/2025): 1,000 TOE a year, 500 TOE for buildings.</summary>
public sealed record KeyFacilityThresholds(double ProductionToe = 1000, double BuildingToe = 500)
{
    public static readonly KeyFacilityThresholds Legal = new();

    public double For(Sector sector) => sector == Sector.Building ? BuildingToe : ProductionToe;
}

public sealed record KeyFacilityStatus(bool IsKey, double Threshold, string Reason);

/// <summary>
/// Whether a facility is a key energy-consuming facility in a calendar year. As BASELINES.md says, the
/// status needs all 12 months of the year reported; a year with gaps is not decided.
/// </summary>
public static class KeyFacilityRule
{
    public static KeyFacilityStatus Evaluate(Sector sector, int year, double annualToe, int monthsReported, KeyFacilityThresholds? thresholds = null)
    {
        var threshold = (thresholds ?? KeyFacilityThresholds.Legal).For(sector);
        var sectorName = sector.ToString().ToLowerInvariant();
        if (monthsReported < 12)
            return new KeyFacilityStatus(false, threshold,
                Invariant($"Only {monthsReported} of 12 months reported in {year}: key-facility status needs the whole year ({Toe(annualToe)} TOE so far, threshold {Threshold(threshold)} TOE for {sectorName})."));
        return annualToe >= threshold
            ? new KeyFacilityStatus(true, threshold, Invariant($"{Toe(annualToe)} TOE in {year} ≥ {Threshold(threshold)} TOE ({sectorName})"))
            : new KeyFacilityStatus(false, threshold, Invariant($"{Toe(annualToe)} TOE in {year} < {Threshold(threshold)} TOE ({sectorName})"));
    }

    /// <summary>"1,234.5": one decimal, thousands separated, invariant culture.</summary>
    public static string Toe(double toe) => toe.ToString("#,##0.0", CultureInfo.InvariantCulture);

    /// <summary>"1,000" or "1,000.5": thresholds are usually round numbers.</summary>
    public static string Threshold(double toe) => toe.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
