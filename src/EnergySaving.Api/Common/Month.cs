using System.Globalization;

using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Common;

/// <summary>Parsing of the API's "YYYY-MM" months.</summary>
public static class Month
{
    /// <summary>The service's year range (reports, annual figures, query parameters): one definition.</summary>
    public static int EarliestYear => TextChecks.EarliestDate.Year;

    public static int LatestYear => TextChecks.LatestDate.Year;

    public static bool IsValidYear(int year) => year >= EarliestYear && year <= LatestYear;

    /// <summary>How to write a year the service takes, as a message to nest in a refusal (<c>("use", Month.YearRange)</c>).</summary>
    public static Message YearRange => Message.Of("year.range", ("earliest", EarliestYear), ("latest", LatestYear));

    /// <summary>The refusal of a year parameter outside the range (or not a year): the value sent and the range.</summary>
    public static Message InvalidYear(string field, object? value) =>
        Message.Of("year.invalid", ("field", field), ("value", value is string s ? ClientText.Excerpt(s) : value), ("earliest", EarliestYear), ("latest", LatestYear));

    /// <summary>The range in English, as before, for callers not yet writing codes (they nest <see cref="YearRange"/> instead).</summary>
    public static string YearRangeText => YearRange.Render(Web.WebCultures.En);

    public static bool TryParse(string? text, out DateOnly firstDay)
    {
        firstDay = default;
        return text is { Length: 7 }
            && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay)
            && IsValidYear(firstDay.Year);
    }

    /// <summary>Allocation-free "YYYY-MM" for hot paths such as the CSV import.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly firstDay)
    {
        firstDay = default;
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !IsValidYear(year) || month is < 1 or > 12)
            return false;
        firstDay = new DateOnly(year, month, 1);
        return true;
    }

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
