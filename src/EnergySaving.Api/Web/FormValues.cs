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

    public static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, Message.Of("form.not-a-date"));
        return null;
    }

    /// <summary>A whole number, with the language's thousands separators allowed (vi 1.500, en 1,500).</summary>
    public static long? Whole(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text.Trim(), NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.CurrentCulture, out var n)) return n;
        errors.Add(field, Message.Of("form.not-a-whole-number"));
        return null;
    }

    public static int? Int(string? text, string field, FieldErrors errors)
    {
        var n = Whole(text, field, errors);
        if (n is null or (>= int.MinValue and <= int.MaxValue)) return (int?)n;
        errors.Add(field, Message.Of("form.not-a-whole-number"));
        return null;
    }

    // The same for pages that still collect their errors as texts: the message rendered in the page's language.
    public static DateOnly? Date(string? text, string field, Dictionary<string, string[]> errors) => Rendered(errors, e => Date(text, field, e));

    public static long? Whole(string? text, string field, Dictionary<string, string[]> errors) => Rendered(errors, e => Whole(text, field, e));

    public static int? Int(string? text, string field, Dictionary<string, string[]> errors) => Rendered(errors, e => Int(text, field, e));

    private static T Rendered<T>(Dictionary<string, string[]> errors, Func<FieldErrors, T> read)
    {
        var coded = new FieldErrors();
        var value = read(coded);
        foreach (var (field, texts) in coded.Render()) errors[field] = texts;
        return value;
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
