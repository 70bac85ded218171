using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace EnergySaving.Api.Web;

/// <summary>
/// The feature rules' messages (API errors, import row errors, data-quality findings, the reasons of flags and
/// baselines) in the page's language. A rule writes its message once, in English, for the API and the pages
/// alike; <c>Web/Texts/messages.tsv</c> holds each message's template (its holes as {0}, {1}…) and its
/// translation, and this class recognises a message by its template and fills the translation with the
/// message's own values: numbers and dates re-shown in the page's format, quoted values ('{0}') as written,
/// and <c>{n:prefix}</c> holes translated through the text "prefix:value" (a status, a sector).
/// </summary>
public sealed partial class MessageTemplates
{
    private static readonly ConcurrentDictionary<string, MessageTemplates> ByCulture = new();

    private readonly Template[] _templates;

    private MessageTemplates(IEnumerable<LocalizedString> texts) =>
        // Most specific first: of two templates that match, the one with more fixed text wins
        // ("No {0} factor … from {3}." before "No {0} factor …").
        _templates = texts.Where(t => Hole().IsMatch(t.Name)).Select(Template.Of)
            .OrderByDescending(t => t.FixedLength).ThenBy(t => t.Key, StringComparer.Ordinal).ToArray();

    /// <summary>The templates of the current UI culture, read once from the texts <paramref name="texts"/> holds.</summary>
    public static MessageTemplates For(IStringLocalizer texts) =>
        ByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => new MessageTemplates(texts.GetAllStrings(false)));

    /// <summary>The message in the current language, or null when no template matches it.</summary>
    public string? Translate(string message, IStringLocalizer texts)
    {
        foreach (var t in _templates)
        {
            if (message.Length < t.Prefix.Length + t.Suffix.Length
                || !message.StartsWith(t.Prefix, StringComparison.Ordinal) || !message.EndsWith(t.Suffix, StringComparison.Ordinal)) continue;
            var match = t.Pattern.Match(message);
            if (!match.Success) continue;
            var values = match.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToArray();
            return TranslatedHole().Replace(t.Translation, h =>
            {
                var n = int.Parse(h.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                if (n >= values.Length) return h.Value;
                var value = values[n];
                if (h.Groups[2].Success)
                {
                    var word = texts[h.Groups[2].Value + ":" + value];
                    return word.ResourceNotFound ? value : word.Value;
                }
                return t.Quoted.Contains(n) ? value : Reshow(value);
            });
        }
        return null;
    }

    /// <summary>A number or date the rule wrote in the invariant format, in the page's format; anything else as it is.</summary>
    public static string Reshow(string value)
    {
        if (Decimal().IsMatch(value) && double.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            var point = value.IndexOf('.');
            var decimals = point < 0 ? 0 : value.Length - point - 1;
            return number.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);
        }
        if (IsoDate().IsMatch(value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Show.Date(date);
        if (IsoMonth().IsMatch(value) && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return Show.Month(month);
        return value;
    }

    private sealed record Template(string Key, string Translation, string Prefix, string Suffix, Regex Pattern, int FixedLength, HashSet<int> Quoted)
    {
        public static Template Of(LocalizedString text)
        {
            var key = text.Name;
            var pattern = new StringBuilder("^");
            var quoted = new HashSet<int>();
            var at = 0;
            var holes = Hole().Matches(key);
            foreach (Match hole in holes)
            {
                pattern.Append(Regex.Escape(key[at..hole.Index])).Append(HoleValue);
                var n = int.Parse(hole.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                if (hole.Index > 0 && key[hole.Index - 1] == '\'' && hole.Index + hole.Length < key.Length && key[hole.Index + hole.Length] == '\'')
                    quoted.Add(n);
                at = hole.Index + hole.Length;
            }
            pattern.Append(Regex.Escape(key[at..])).Append('$');
            var prefix = key[..holes[0].Index];
            var suffix = key[at..];
            var fixedLength = key.Length - holes.Sum(h => h.Length);
            return new Template(key, text.Value, prefix, suffix, new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant),
                fixedLength, quoted);
        }
    }

    /// <summary>A hole's value never spans two sentences, so that a field's messages joined into one text are read one by one.</summary>
    private const string HoleValue = @"((?:(?!\. ).)*?)";

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\{(\d+)(?::([a-z-]+))?\}")]
    private static partial Regex TranslatedHole();

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex IsoMonth();
}
