using System.Globalization;

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
                        $"{Toe(m.TotalToe)} TOE is {m.TotalToe / median:0.#} × the median of the previous {totals.Count} months ({Toe(median)} TOE).", m.Revision));
                else if (median > 0 && m.TotalToe < median / SpikeFactor)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.Drop, null,
                        $"{Toe(m.TotalToe)} TOE is under a third of the median of the previous {totals.Count} months ({Toe(median)} TOE).", m.Revision));

                var withProduction = window.Count(p => p.Production > 0);
                if (m.TotalToe > 0 && !(m.Production > 0) && withProduction >= MinHistory)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.ZeroProduction, null,
                        $"Energy reported but no production, where {withProduction} of the previous {totals.Count} months reported production.", m.Revision));
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
                        $"{carrier} was not reported in the previous {window.Count} reported months.", m.Revision));
                if (quantities.Count < MinSlipHistory) continue;
                var usual = Median(quantities);
                if (usual <= 0) continue;
                var ratio = m.Quantities[c] / usual;
                if (Math.Abs(ratio / SlipFactor - 1) <= SlipTolerance)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.UnitSlip, carrier,
                        $"{carrier}: 1,000 × usual ({Number(m.Quantities[c])} {unit} against a median of {Number(usual)} {unit}): {UnitLadder.Smaller(unit)} reported as {unit}?", m.Revision));
                else if (Math.Abs(ratio * SlipFactor - 1) <= SlipTolerance)
                    into.Add(new Finding(facilityId, m.Month, FindingCodes.UnitSlip, carrier,
                        $"{carrier}: 1/1,000 of usual ({Number(m.Quantities[c])} {unit} against a median of {Number(usual)} {unit}): {UnitLadder.Larger(unit)} reported as {unit}?", m.Revision));
            }
        }
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static string Toe(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);
    private static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);
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

    public static string Smaller(string unit) => Step(unit, -1) ?? $"a unit 1,000 × smaller than {unit}";
    public static string Larger(string unit) => Step(unit, +1) ?? $"a unit 1,000 × larger than {unit}";

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
