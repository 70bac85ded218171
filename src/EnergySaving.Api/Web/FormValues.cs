using System.Globalization;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Web;

/// <summary>
/// Reads what a person typed in a form into the values a feature takes, in the active language's format,
/// adding a field error (in that language's words) when it cannot. One place for every page's dates, whole
/// numbers and money; decimals are <see cref="Show.TryReadNumber"/>.
/// </summary>
public static class FormValues
{
    /// <summary>Dates come from &lt;input type=date&gt;, which always sends YYYY-MM-DD whatever the language.</summary>
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[field] = ["Not a date: use YYYY-MM-DD."];
        return null;
    }

    /// <summary>A whole number, with the language's thousands separators allowed (vi 1.500, en 1,500).</summary>
    public static long? Whole(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text.Trim(), NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.CurrentCulture, out var n)) return n;
        errors[field] = ["Not a whole number."];
        return null;
    }

    public static int? Int(string? text, string field, Dictionary<string, string[]> errors)
    {
        var n = Whole(text, field, errors);
        if (n is null or (>= int.MinValue and <= int.MaxValue)) return (int?)n;
        errors[field] = ["Not a whole number."];
        return null;
    }

    // Coded variants: a page collects its typing errors with the feature's refusals in one FieldErrors.

    public static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, Message.Of("form.date.invalid"));
        return null;
    }

    public static long? Whole(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text.Trim(), NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.CurrentCulture, out var n)) return n;
        errors.Add(field, Message.Of("form.whole-number.invalid"));
        return null;
    }

    public static int? Int(string? text, string field, FieldErrors errors)
    {
        var n = Whole(text, field, errors);
        if (n is null or (>= int.MinValue and <= int.MaxValue)) return (int?)n;
        errors.Add(field, Message.Of("form.whole-number.invalid"));
        return null;
    }

    /// <summary>A decimal typed in the active language's format (vi 1.234,5, en 1,234.5).</summary>
    public static double? Number(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Show.TryReadNumber(text, out var n)) return n;
        errors.Add(field, Message.Of("form.number.invalid", ("example", 1234.5)));
        return null;
    }
}
