using System.Globalization;

namespace EnergySaving.Api.Common;

/// <summary>Parsing of the API's "YYYY-MM" months.</summary>
public static class Month
{
    public static bool TryParse(string? text, out DateOnly firstDay)
    {
        firstDay = default;
        return text is { Length: 7 }
            && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay)
            && firstDay.Year >= 1990;
    }

    /// <summary>Allocation-free "YYYY-MM" for hot paths such as the CSV import.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly firstDay)
    {
        firstDay = default;
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1990 || month is < 1 or > 12)
            return false;
        firstDay = new DateOnly(year, month, 1);
        return true;
    }

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
