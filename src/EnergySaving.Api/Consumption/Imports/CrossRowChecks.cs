using EnergySaving.Core.Baselines;
using EnergySaving.Core.Messages;
namespace EnergySaving.Api.Consumption.Imports;

/// <summary>
/// What one row cannot tell: a carrier reported twice for a facility-month, and production that
/// differs between the rows of a month. Kept as packed keys (a few tens of bytes per row), not rows.
/// </summary>
public sealed class CrossRowChecks(int expectedRows = 0)
{
    private readonly Dictionary<long, int> _entries = new(expectedRows);
    // Values hold no references (the unit is an index into _units): a million-entry table of references
    // would cost the garbage collector a scan of it at every collection.
    private readonly Dictionary<long, (double? Quantity, int Unit, int Row)> _months = new(expectedRows / 2);
    private readonly Dictionary<string, int> _unitIndex = new(StringComparer.Ordinal);
    private readonly List<string> _units = [];
    private readonly HashSet<int> _facilities = [];

    public int Facilities => _facilities.Count;

    /// <summary>The first row of a facility-month, to name it in an error about the whole month (e.g. a locked month).</summary>
    public int FirstRow(int facilityId, DateOnly month) =>
        _months.TryGetValue(((long)facilityId << 32) | (uint)(month.Year * 12 + month.Month - 1), out var seen) ? seen.Row : 0;

    /// <summary>Records a valid row; returns an error (column, message) when it clashes with an earlier row.</summary>
    public (string Column, Message Message)? Add(int row, int facilityId, DateOnly month, int carrierIndex, string carrier,
        double? productionQuantity, string? productionUnit)
    {
        var monthKey = ((long)facilityId << 32) | (uint)MonthRange.MonthIndex(month);
        var entryKey = ((long)facilityId << 32) | ((uint)MonthRange.MonthIndex(month) << 8) | (uint)carrierIndex;
        _facilities.Add(facilityId);

        if (!_entries.TryAdd(entryKey, row))
            return ("carrier", Message.Of("import.carrier.duplicate", ("carrier", carrier), ("row", _entries[entryKey])));

        var unit = UnitIndex(productionUnit);
        if (!_months.TryGetValue(monthKey, out var seen))
        {
            _months[monthKey] = (productionQuantity, unit, row);
            return null;
        }
        if (productionQuantity is null) return null;
        if (seen.Quantity is null)
        {
            _months[monthKey] = (productionQuantity, unit, row);
            return null;
        }
        return seen.Quantity == productionQuantity && seen.Unit == unit
            ? null
            : ("production_quantity", Message.Of("import.production.differs", ("quantity", productionQuantity), ("unit", productionUnit ?? ""),
                ("firstQuantity", seen.Quantity), ("firstUnit", UnitName(seen.Unit) ?? ""), ("row", seen.Row)));
    }

    private int UnitIndex(string? unit)
    {
        if (unit is null) return -1;
        if (!_unitIndex.TryGetValue(unit, out var index))
        {
            index = _units.Count;
            _units.Add(unit);
            _unitIndex[unit] = index;
        }
        return index;
    }

    private string? UnitName(int index) => index < 0 ? null : _units[index];
}
