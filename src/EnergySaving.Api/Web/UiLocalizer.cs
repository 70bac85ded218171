using Microsoft.Extensions.Localization;

namespace EnergySaving.Api.Web;

/// <summary>
/// The pages' texts (<c>@L["…"]</c>): a page's own text by its key, and a feature rule's message (an API error,
/// a row error, a reason) by its template (<see cref="MessageTemplates"/>), so that what the shared rules say
/// reaches a Vietnamese page in Vietnamese. A field's messages joined into one text are translated one by one.
/// A text with neither is shown as it is.
/// </summary>
public sealed class UiLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<Ui>
{
    private readonly IStringLocalizer _texts = factory.Create(typeof(Ui));

    public LocalizedString this[string name]
    {
        get
        {
            var text = _texts[name];
            if (!text.ResourceNotFound || WebCultures.IsEnglish) return text;
            var translated = Translate(name, MessageTemplates.For(_texts), depth: 0);
            return translated is null ? text : new LocalizedString(name, translated, resourceNotFound: false);
        }
    }

    public LocalizedString this[string name, params object[] arguments] => _texts[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _texts.GetAllStrings(includeParentCultures);

    /// <summary>One message, or several joined by spaces ("A is required. B must be …"): each sentence run that is a known text.</summary>
    private string? Translate(string message, MessageTemplates templates, int depth)
    {
        if (One(message, templates) is { } whole) return whole;
        if (depth >= MaxJoined) return null;
        for (var end = message.IndexOf(". ", StringComparison.Ordinal); end >= 0; end = message.IndexOf(". ", end + 1, StringComparison.Ordinal))
        {
            if (One(message[..(end + 1)], templates) is not { } first) continue;
            if (Translate(message[(end + 2)..], templates, depth + 1) is { } rest) return first + " " + rest;
        }
        return null;
    }

    private const int MaxJoined = 4;

    private string? One(string message, MessageTemplates templates)
    {
        var text = _texts[message];
        return text.ResourceNotFound ? templates.Translate(message, _texts) : text.Value;
    }
}
