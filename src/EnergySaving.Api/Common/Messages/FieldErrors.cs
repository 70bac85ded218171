using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Common.Messages;

/// <summary>
/// The coded errors of a request, by field path (<c>entries[1].unit</c>), in the order they were found; a field
/// keeps every message added to it. Rendered at the edge: as <c>errors</c> and <c>errorCodes</c> of a 400
/// (<see cref="Outcome{T}"/>), or as a page's field errors (<see cref="Render"/>).
/// </summary>
public sealed class FieldErrors : IEnumerable<KeyValuePair<string, IReadOnlyList<Message>>>
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, List<Message>> _byField = new(StringComparer.Ordinal);

    public FieldErrors() { }

    public FieldErrors(string field, Message message) => Add(field, message);

    public int Count => _order.Count;

    public bool Has(string field) => _byField.ContainsKey(field);

    public IReadOnlyList<Message> this[string field] => _byField.TryGetValue(field, out var list) ? list : [];

    /// <summary>Adds <paramref name="message"/> to <paramref name="field"/>, after its earlier ones; a null message (a check that passed) adds nothing.</summary>
    public FieldErrors Add(string field, Message? message)
    {
        if (message is null) return this;
        if (!_byField.TryGetValue(field, out var list))
        {
            _byField[field] = list = [];
            _order.Add(field);
        }
        list.Add(message);
        return this;
    }

    public void AddRange(FieldErrors other)
    {
        foreach (var (field, messages) in other) foreach (var m in messages) Add(field, m);
    }

    /// <summary>The texts by field in the request's (or page's) language, the shape of a 400's <c>errors</c>.</summary>
    public Dictionary<string, string[]> Render(System.Globalization.CultureInfo? culture = null) =>
        _order.ToDictionary(f => f, f => _byField[f].Render(culture), StringComparer.Ordinal);

    /// <summary>The codes by field, the shape of a 400's <c>errorCodes</c>.</summary>
    public Dictionary<string, Message[]> Codes() => _order.ToDictionary(f => f, f => _byField[f].ToArray(), StringComparer.Ordinal);

    public IEnumerator<KeyValuePair<string, IReadOnlyList<Message>>> GetEnumerator() =>
        _order.Select(f => new KeyValuePair<string, IReadOnlyList<Message>>(f, _byField[f])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
