using EnergySaving.Core.Baselines;
namespace EnergySaving.Api.Consumption.Imports;

/// <summary>
/// What one row cannot tell: a carrier reported twice for a facility-month, and production that
/// differs between the rows of a month. Kept as packed keys (a few tens of bytes per row), not rows.
/// </summary>
public sealed class CrossRowChecks
{
    private readonly Dictionary<long, int> _entries = new();
    private readonly Dictionary<long, (double? Quantity, string? Unit, int Row)> _months = new();
    private readonly HashSet<int> _facilities = [];

    public int Facilities => _facilities.Count;

    /// <summary>The first row of a facility-month, to name it in an error about the whole month (e.g. a locked month).</summary>
    public int FirstRow(int facilityId, DateOnly month) =>
        _months.TryGetValue(((long)facilityId << 32) | (uint)(month.Year * 12 + month.Month - 1), out var seen) ? seen.Row : 0;

    /// <summary>Records a valid row; returns an error (column, message) when it clashes with an earlier row.</summary>
    public (string Column, string Message)? Add(int row, int facilityId, DateOnly month, int carrierIndex, string carrier,
        double? productionQuantity, string? productionUnit)
    {
        var monthKey = ((long)facilityId << 32) | (uint)MonthRange.MonthIndex(month);
        var entryKey = ((long)facilityId << 32) | ((uint)MonthRange.MonthIndex(month) << 8) | (uint)carrierIndex;
        _facilities.Add(facilityId);

        if (!_entries.TryAdd(entryKey, row))
            return ("carrier", $"Carrier {carrier} is already reported for this facility and month in row {_entries[entryKey]}.");

        if (!_months.TryGetValue(monthKey, out var seen))
        {
            _months[monthKey] = (productionQuantity, productionUnit, row);
            return null;
        }
        if (productionQuantity is null) return null;
        if (seen.Quantity is null)
        {
            _months[monthKey] = (productionQuantity, productionUnit, row);
            return null;
        }
        return seen.Quantity == productionQuantity && seen.Unit == productionUnit
            ? null
            : ("production_quantity", $"Production {productionQuantity} {productionUnit} differs from {seen.Quantity} {seen.Unit} in row {seen.Row} of the same facility and month.");
    }
}
