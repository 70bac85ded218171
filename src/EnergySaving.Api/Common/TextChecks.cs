namespace EnergySaving.Api.Common;

/// <summary>Small field checks shared by the features' rules; each adds at most one message per field.</summary>
public static class TextChecks
{
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static void Add(this Dictionary<string, string[]> errors, string field, string message) => errors.TryAdd(field, [message]);

    /// <summary>
    /// Optional one-line text (a name, a title, a place, an address, a code, a unit): at most <paramref name="max"/>
    /// characters and no control character at all — a tab or line break there breaks lists, CSV exports and pages,
    /// and PostgreSQL refuses NUL. Every field people write is one line unless it is a note (<see cref="CheckMultilineText"/>).
    /// </summary>
    public static void CheckText(this Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (TextError(field, value, max) is { } error) errors.Add(field, error);
    }

    /// <summary>
    /// Optional free text of several lines (a note, a description, a reason): line breaks (\n or \r\n) allowed, no
    /// other control character (no tab, no lone \r, no NUL).
    /// </summary>
    public static void CheckMultilineText(this Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (TextError(field, value, max, multiline: true) is { } error) errors.Add(field, error);
    }

    /// <summary>The one text rule behind <see cref="CheckText"/> and <see cref="CheckMultilineText"/> (also for callers that report by row): the message, or null.</summary>
    public static string? TextError(string field, string? value, int max, bool multiline = false)
    {
        if (value is null) return null;
        if (value.Trim().Length > max) return $"{field} must be at most {max} characters.";
        if (HasControlCharacter(value, multiline)) return $"{field} contains control characters.";
        if (HasLoneSurrogate(value)) return $"{field} is not valid Unicode text.";
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

    public static void CheckRequired(this Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, $"{field} is required.");
        else errors.CheckText(field, value, max);
    }

    public static void CheckDate(this Dictionary<string, string[]> errors, string field, DateOnly? value)
    {
        if (value is { } d && (d < EarliestDate || d > LatestDate))
            errors.Add(field, $"{field} must be between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");
    }

    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
