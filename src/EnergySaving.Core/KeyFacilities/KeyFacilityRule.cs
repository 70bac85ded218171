using EnergySaving.Core.Facilities;
using EnergySaving.Core.Messages;

namespace EnergySaving.Core.KeyFacilities;

/// <summary>Thresholds of Decree 21/2011 art. 6 (kept by Law 77/2025): 1,000 TOE a year, 500 TOE for buildings.</summary>
public sealed record KeyFacilityThresholds(double ProductionToe = 1000, double BuildingToe = 500)
{
    public static readonly KeyFacilityThresholds Legal = new();

    public double For(Sector sector) => sector == Sector.Building ? BuildingToe : ProductionToe;
}

/// <summary>Whether a facility is key in a year, against which threshold, and why (a coded message: the API and the pages render it).</summary>
public sealed record KeyFacilityStatus(bool IsKey, double Threshold, Message Reason);

/// <summary>
/// Whether a facility is a key energy-consuming facility in a calendar year. As BASELINES.md says, the
/// status needs all 12 months of the year reported; a year with gaps is not decided.
/// </summary>
/// <remarks>
/// Reasons: <c>key-facility.year-incomplete</c> (months, year, toe, threshold, sector), <c>key-facility.at-or-above</c> and
/// <c>key-facility.below</c> (toe, year, threshold, sector). TOE figures are the values, the catalogue shows them with one decimal.
/// </remarks>
public static class KeyFacilityRule
{
    public static KeyFacilityStatus Evaluate(Sector sector, int year, double annualToe, int monthsReported, KeyFacilityThresholds? thresholds = null)
    {
        var threshold = (thresholds ?? KeyFacilityThresholds.Legal).For(sector);
        var sectorCode = sector.ToString().ToLowerInvariant();
        if (monthsReported < 12)
            return new KeyFacilityStatus(false, threshold, Message.Of("key-facility.year-incomplete",
                ("months", monthsReported), ("year", year), ("toe", annualToe), ("threshold", threshold), ("sector", sectorCode)));
        return annualToe >= threshold
            ? new KeyFacilityStatus(true, threshold, Message.Of("key-facility.at-or-above",
                ("toe", annualToe), ("year", year), ("threshold", threshold), ("sector", sectorCode)))
            : new KeyFacilityStatus(false, threshold, Message.Of("key-facility.below",
                ("toe", annualToe), ("year", year), ("threshold", threshold), ("sector", sectorCode)));
    }
}
