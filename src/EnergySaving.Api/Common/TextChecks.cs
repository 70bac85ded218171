namespace EnergySaving.Api.Common;

/// <summary>Small field checks shared by the features' rules; each adds at most one message per field.</summary>
public static class TextChecks
{
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static void Add(this Dictionary<string, string[]> errors, string field, string message) => errors.TryAdd(field, [message]);

    /// <summary>
    /// Optional text: at most <paramref name="max"/> characters, no control characters other than tab and line
    /// breaks (PostgreSQL refuses NUL; names of people are normalised, so their whitespace is harmless).
    /// </summary>
    public static void CheckText(this Dictionary<string, string[]> errors, string field, string? value, int max) =>
        errors.CheckText(field, value, max, multiline: true);

    /// <summary>
    /// Optional one-line text (a place, a station's name): no control character at all, since a tab or line break
    /// there breaks lists, CSV exports and the station listing.
    /// </summary>
    public static void CheckSingleLineText(this Dictionary<string, string[]> errors, string field, string? value, int max) =>
        errors.CheckText(field, value, max, multiline: false);

    private static void CheckText(this Dictionary<string, string[]> errors, string field, string? value, int max, bool multiline)
    {
        if (value is null) return;
        if (value.Trim().Length > max) errors.Add(field, $"{field} must be at most {max} characters.");
        else if (value.Any(c => char.IsControl(c) && !(multiline && c is '\t' or '\r' or '\n')))
            errors.Add(field, $"{field} contains control characters.");
        else if (HasLoneSurrogate(value)) errors.Add(field, $"{field} is not valid Unicode text.");
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
