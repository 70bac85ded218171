using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text;
using EnergySaving.Api.Web;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Common.Messages;

/// <summary>
/// The one renderer of messages: the sentence of a message's code from the catalogue of the language
/// (<c>Web/Ui.resx</c>, <c>Web/Ui.vi.resx</c>, written from <c>Web/Texts/messages.tsv</c>), its named holes
/// filled with the arguments formatted in that language: vi 1.617,8 · 31/12/2024 · 05/2023; en 1,617.8 ·
/// 2024-12-31 · 2023-05. The API, the pages, the mail and the documents all render through here.
/// </summary>
/// <remarks>
/// A hole is <c>{name}</c> or <c>{name:format}</c>. Formats: <c>date</c> (a date or "YYYY-MM-DD"),
/// <c>month</c> (a month "YYYY-MM" or a date), <c>year</c>, a .NET numeric format (<c>N0</c>, <c>#,##0.#</c>,
/// <c>P0</c>…), or a kind of code (<c>carrier</c>, <c>sector</c>, <c>status</c>…), shown through the catalogue's
/// text "kind:code". Without a format an integer is shown as it is (years, rows, ids), a decimal with the
/// culture's separators (up to three decimals), a list joined with ", ", a nested message rendered.
/// </remarks>
public static class MessageText
{
    private static readonly ResourceManager Catalogue = new(typeof(Ui));
    private static readonly ConcurrentDictionary<(string Culture, string Code), Part[]?> Parsed = new();

    /// <summary>The catalogue's culture for <paramref name="culture"/> (the current UI culture when null): Vietnamese or English.</summary>
    public static CultureInfo Language(CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == WebCultures.Vietnamese ? WebCultures.Vi : WebCultures.En;

    /// <summary>The message in <paramref name="culture"/> (the request's language when null).</summary>
    public static string Render(this Message message, CultureInfo? culture = null)
    {
        var language = Language(culture);
        if (message.Code == MessageJsonConverter.LegacyCode) return message["text"] as string ?? "";
        var parts = Parsed.GetOrAdd((language.Name, message.Code), key => Parse(Text(key.Code, language)));
        if (parts is null) return Fallback(message, language);
        var text = new StringBuilder();
        foreach (var p in parts)
        {
            if (p.Hole is null) text.Append(p.Literal);
            else text.Append(Format(message[p.Hole], p.Format, language));
        }
        return text.ToString();
    }

    /// <summary>The messages, rendered in order.</summary>
    public static string[] Render(this IEnumerable<Message> messages, CultureInfo? culture = null) =>
        messages.Select(m => m.Render(culture)).ToArray();

    /// <summary>The catalogue's text of <paramref name="key"/> (a code, or "kind:code") in <paramref name="culture"/>, or null.</summary>
    public static string? Text(string key, CultureInfo? culture = null) =>
        Catalogue.GetString(key, Language(culture));

    /// <summary>True when the catalogue of every language has a text for <paramref name="code"/>.</summary>
    public static bool IsKnown(string code) => Text(code, WebCultures.En) is not null && Text(code, WebCultures.Vi) is not null;

    /// <summary>The name of a code of <paramref name="kind"/> (a carrier, a sector, a status) in the language, or the code itself.</summary>
    public static string Name(string kind, string code, CultureInfo? culture = null) => Text(kind + ":" + code, culture) ?? code;

    /// <summary>The hole names of a catalogue text, for the catalogue's tests.</summary>
    public static IReadOnlyList<(string Name, string? Format)> Holes(string text) =>
        (Parse(text) ?? []).Where(p => p.Hole is not null).Select(p => (p.Hole!, p.Format)).ToList();

    private static string Fallback(Message message, CultureInfo language) =>
        // A code missing from the catalogue (MessageCatalogueTests fails the build's tests first): the code and its values.
        message.Args.Count == 0 ? message.Code
            : $"{message.Code} ({string.Join(", ", message.Args.Select(a => $"{a.Key}: {Format(a.Value, null, language)}"))})";

    private static string Format(object? value, string? format, CultureInfo c) => value switch
    {
        null => "",
        Message m => m.Render(c),
        string s => FormatString(s, format, c),
        DateOnly d when format == "month" => Month(d, c),
        DateOnly d => d.ToString(c.DateTimeFormat.ShortDatePattern, c),
        DateTimeOffset at => TimeZoneInfo.ConvertTime(at, ProvinceClock.Zone).ToString("g", c),
        bool b => Text(b ? "word:yes" : "word:no", c) ?? (b ? "yes" : "no"),
        int or long or short => format is null or "year" or "month" or "date" || IsKind(format)
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            : ((IFormattable)value).ToString(format, c),
        double or float or decimal => FormatNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture), format, c),
        System.Collections.IEnumerable list => string.Join(", ", list.Cast<object?>().Select(v => Format(v, format, c))),
        _ => Convert.ToString(value, c) ?? "",
    };

    private static string FormatNumber(double d, string? format, CultureInfo c)
    {
        var shown = d.ToString(format is null || IsKind(format) || format is "year" or "month" or "date" ? "#,##0.###" : format, c);
        return shown is "-0" or "−0" ? "0" : shown;
    }

    private static string FormatString(string s, string? format, CultureInfo c)
    {
        switch (format)
        {
            case "month" when Common.Month.TryParse(s, out var m): return Month(m, c);
            case "date" when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                return d.ToString(c.DateTimeFormat.ShortDatePattern, c);
            case { } kind when IsKind(kind) && kind is not ("month" or "date" or "year"): return Name(kind, s, c);
            default: return s;
        }
    }

    private static string Month(DateOnly m, CultureInfo c) =>
        m.ToString(c.Name == WebCultures.Vietnamese ? "MM/yyyy" : "yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A format of lower-case letters and '-' is a word (month, date, year) or a kind of code; anything else is numeric.</summary>
    private static bool IsKind(string format) => format.Length > 1 && format.All(ch => ch is (>= 'a' and <= 'z') or '-');

    private sealed record Part(string? Literal, string? Hole, string? Format);

    /// <summary>"Text {name:format} text" into parts; "{{" and "}}" are literal braces. Null when there is no text.</summary>
    private static Part[]? Parse(string? text)
    {
        if (text is null) return null;
        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if ((ch == '{' || ch == '}') && i + 1 < text.Length && text[i + 1] == ch) { literal.Append(ch); i++; continue; }
            var end = ch == '{' ? text.IndexOf('}', i + 1) : -1;
            if (end < 0) { literal.Append(ch); continue; }
            if (literal.Length > 0) { parts.Add(new Part(literal.ToString(), null, null)); literal.Clear(); }
            var hole = text[(i + 1)..end];
            var colon = hole.IndexOf(':');
            parts.Add(colon < 0 ? new Part(null, hole, null) : new Part(null, hole[..colon], hole[(colon + 1)..]));
            i = end;
        }
        if (literal.Length > 0) parts.Add(new Part(literal.ToString(), null, null));
        return parts.ToArray();
    }
}
