using EnergySaving.Core.Messages;

namespace EnergySaving.Api.DataQuality;

/// <summary>
/// The month-level rules of API.md over one facility's months, in one pass: each month is compared
/// with the facility's reported months of the 12 calendar months before it.
/// </summary>
public static class MonthRules
{
    public const int WindowMonths = 12;
    /// <summary>Spike, drop and zero-production need at least this many reported months in the window.</summary>
    public const int MinHistory = 6;
    public const double SpikeFactor = 3;
    public const double SlipFactor = 1000;
    public const double SlipTolerance = 0.10;
    /// <summary>A unit slip compares with a median of at least this many months of the same carrier and unit.</summary>
    public const int MinSlipHistory = 3;

    /// <summary>Findings of the months for which <paramref name="isTarget"/> holds; <paramref name="months"/> sorted by month.</summary>
    public static void Evaluate(int facilityId, IReadOnlyList<MonthFigures> months, Func<DateOnly, bool> isTarget, List<Finding> into)
    {
        var totals = new List<double>(WindowMonths);
        var quantities = new List<double>(WindowMonths);
        var all = months as MonthFigures[] ?? months.ToArray();
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            if (!isTarget(m.Month)) continue;
            var from = m.Month.AddMonths(-WindowMonths);
            var start = i;
            while (start > 0 && months[start - 1].Month >= from) start--;
            var window = new ArraySegment<MonthFigures>(all, start, i - start);

            totals.Clear();
            foreach (var p in window) totals.Add(p.TotalToe);
            if (totals.Count >= MinHistory)
            {
                var median = Median(totals);
                if (median > 0 && m.TotalToe > SpikeFactor * median)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.Spike, null,
                        Message.Of("quality.spike", ("toe", m.TotalToe), ("ratio", m.TotalToe / median), ("months", totals.Count), ("median", median)), m.Revision));
                else if (median > 0 && m.TotalToe < median / SpikeFactor)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.Drop, null,
                        Message.Of("quality.drop", ("toe", m.TotalToe), ("months", totals.Count), ("median", median)), m.Revision));

                var withProduction = window.Count(p => p.Production > 0);
                if (m.TotalToe > 0 && !(m.Production > 0) && withProduction >= MinHistory)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.ZeroProduction, null,
                        Message.Of("quality.zero-production", ("withProduction", withProduction), ("months", totals.Count)), m.Revision));
            }

            for (var c = 0; c < m.Carriers.Length; c++)
            {
                var carrier = m.Carriers[c];
                var unit = m.Units[c];
                quantities.Clear();
                var seen = false;
                foreach (var p in window)
                {
                    var k = Array.IndexOf(p.Carriers, carrier);
                    if (k < 0) continue;
                    seen = true;
                    if (p.Units[k] == unit) quantities.Add(p.Quantities[k]);
                }
                if (!seen && window.Count > 0)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.NewCarrier, carrier,
                        Message.Of("quality.new-carrier", ("carrier", carrier), ("months", window.Count)), m.Revision));
                if (quantities.Count < MinSlipHistory) continue;
                var usual = Median(quantities);
                if (usual <= 0) continue;
                var ratio = m.Quantities[c] / usual;
                if (Math.Abs(ratio / SlipFactor - 1) <= SlipTolerance)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.UnitSlip, carrier,
                        Message.Of("quality.unit-slip.larger", ("carrier", carrier), ("quantity", m.Quantities[c]), ("unit", unit), ("median", usual),
                            ("likelyUnit", UnitLadder.Smaller(unit))), m.Revision));
                else if (Math.Abs(ratio * SlipFactor - 1) <= SlipTolerance)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.UnitSlip, carrier,
                        Message.Of("quality.unit-slip.smaller", ("carrier", carrier), ("quantity", m.Quantities[c]), ("unit", unit), ("median", usual),
                            ("likelyUnit", UnitLadder.Larger(unit))), m.Revision));
            }
        }
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}

/// <summary>The unit a thousand times smaller or larger than a reported one: what a slip of three zeros most likely was.</summary>
public static class UnitLadder
{
    private static readonly string[][] Ladders =
    [
        ["Wh", "kWh", "MWh", "GWh", "TWh"],
        ["J", "kJ", "MJ", "GJ", "TJ"],
        ["cal", "kcal", "Mcal", "Gcal", "Tcal"],
        ["g", "kg", "t", "kt"],
        ["mL", "L", "m³"],
    ];

    /// <summary>The unit's abbreviation, or (off the ladders) a message saying "a unit 1,000 × smaller than …".</summary>
    public static object Smaller(string unit) => (object?)Step(unit, -1) ?? Message.Of("quality.unit.thousand-times-smaller", ("unit", unit));
    public static object Larger(string unit) => (object?)Step(unit, +1) ?? Message.Of("quality.unit.thousand-times-larger", ("unit", unit));

    private static string? Step(string unit, int direction)
    {
        var u = unit == "m3" ? "m³" : unit;
        foreach (var ladder in Ladders)
        {
            var i = Array.IndexOf(ladder, u);
            if (i >= 0) return i + direction >= 0 && i + direction < ladder.Length ? ladder[i + direction] : null;
        }
        return null;
    }
}
