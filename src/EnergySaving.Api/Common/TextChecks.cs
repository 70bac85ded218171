namespace EnergySaving.Api.Common;

/// <summary>Small field checks shared by the features' rules; each adds its coded message to the field's errors.</summary>
public static class TextChecks
{
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>
    /// Optional one-line text (a name, a title, a place, an address, a code, a unit): at most <paramref name="max"/>
    /// characters and no control character at all — a tab or line break there breaks lists, CSV exports and pages,
    /// and PostgreSQL refuses NUL. Every field people write is one line unless it is a note (<c>CheckMultilineText</c>).
    /// </summary>
    public static void CheckText(this FieldErrors errors, string field, string? value, int max) =>
        errors.Add(field, TextError(field, value, max));

    /// <summary>
    /// Optional free text of several lines (a note, a description, a reason): line breaks (\n or \r\n) allowed, no
    /// other control character (no tab, no lone \r, no NUL).
    /// </summary>
    public static void CheckMultilineText(this FieldErrors errors, string field, string? value, int max) =>
        errors.Add(field, TextError(field, value, max, multiline: true));

    /// <summary>The one text rule behind <c>CheckText</c> and <c>CheckMultilineText</c> (also for callers that report by row): the message, or null.</summary>
    public static Message? TextError(string field, string? value, int max, bool multiline = false)
    {
        if (value is null) return null;
        if (value.Trim().Length > max) return Message.Of("text.too-long", ("field", field), ("max", max));
        if (HasControlCharacter(value, multiline)) return Message.Of("text.control-characters", ("field", field));
        if (HasLoneSurrogate(value)) return Message.Of("text.invalid-unicode", ("field", field));
        return null;
    }

    private static bool HasControlCharacter(string s, bool multiline)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsControl(s[i])) continue;
            if (multiline && (s[i] == '\n' || (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n'))) continue;
            return true;
        }
        return false;
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }

    public static void CheckRequired(this FieldErrors errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, Message.Of("text.required", ("field", field)));
        else errors.CheckText(field, value, max);
    }

    public static void CheckDate(this FieldErrors errors, string field, DateOnly? value) => errors.Add(field, DateError(field, value));

    /// <summary>The service's date range, one definition: the message for a date outside it, or null.</summary>
    public static Message? DateError(string field, DateOnly? value) =>
        value is { } d && (d < EarliestDate || d > LatestDate)
            ? Message.Of("date.out-of-range", ("field", field), ("earliest", EarliestDate), ("latest", LatestDate))
            : null;

    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
