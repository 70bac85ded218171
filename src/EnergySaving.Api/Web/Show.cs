using System.Globalization;

namespace EnergySaving.Api.Web;

/// <summary>How pages write numbers and dates: in the language's format (vi 1.617,8 · 31/12/2024; en 1,617.8 · 2024-12-31).</summary>
public static class Show
{
    public static string Toe(double value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    public static string Number(double value) => value.ToString("#,##0.###", CultureInfo.CurrentCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : "–";

    /// <summary>Coefficients and small values: significant digits rather than a fixed number of decimals.</summary>
    public static string Precise(double value) => value.ToString("G5", CultureInfo.CurrentCulture);

    public static string Percent(double fraction)
    {
        var rounded = Math.Round(fraction * 100, 1);
        return (rounded == 0 ? 0 : rounded).ToString("#,##0.#", CultureInfo.CurrentCulture) + " %"; // never "-0 %"
    }

    public static string Integer(long value) => value.ToString("#,##0", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Common.ProvinceClock.Zone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A month as people write it: vi 01/2025, en 2025-01.</summary>
    public static string Month(DateOnly month) =>
        WebCultures.IsEnglish ? month.ToString("yyyy-MM", CultureInfo.InvariantCulture) : month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Reads a number typed in the active language's format; false when it is not one.</summary>
    public static bool TryReadNumber(string? text, out double value) =>
        double.TryParse(text?.Trim(), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.CurrentCulture, out value);

    /// <summary>An example of the active language's number format, for error messages.</summary>
    public static string NumberExample => 1234.5.ToString("#,##0.0", CultureInfo.CurrentCulture);
}
