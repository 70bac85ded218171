using System.Text.Json.Serialization;

namespace EnergySaving.Core.Messages;

/// <summary>
/// What a rule says to a person or a client, as data: a stable dotted lower-case code
/// (<c>energy.quantity.negative</c>) and named arguments. The text is not here: the catalogue of each
/// language holds the sentence of every code with named holes, and the renderer fills them, formatting
/// numbers, dates and months in the reader's culture. Nothing parses a sentence back.
/// </summary>
/// <remarks>
/// Arguments are plain values: numbers (<see cref="int"/>, <see cref="long"/>, <see cref="double"/>),
/// strings (codes of carriers, statuses, sectors… by their API codes; months as "YYYY-MM"; what a client sent,
/// excerpted), <see cref="DateOnly"/>, booleans, lists of these, and nested messages. The catalogue's hole
/// says how to show a value (<c>{month:month}</c>, <c>{toe:#,##0.#}</c>, <c>{carrier:carrier}</c>), so a
/// message read back from JSON renders exactly as the one written.
/// </remarks>
[JsonConverter(typeof(MessageJsonConverter))]
public sealed class Message : IEquatable<Message>
{
    private static readonly KeyValuePair<string, object?>[] None = [];

    public Message(string code, IReadOnlyList<KeyValuePair<string, object?>>? args = null)
    {
        Code = code;
        Args = args ?? None;
    }

    public string Code { get; }

    /// <summary>The named arguments, in the order the rule gave them.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Args { get; }

    /// <summary>A message of <paramref name="code"/> with named arguments: <c>Message.Of(code, ("quantity", -5.0))</c>.</summary>
    public static Message Of(string code, params (string Name, object? Value)[] args) =>
        new(code, args.Length == 0 ? None : args.Select(a => new KeyValuePair<string, object?>(a.Name, a.Value)).ToArray());

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public object? this[string name]
    {
        get
        {
            foreach (var a in Args) if (a.Key == name) return a.Value;
            return null;
        }
    }

    public bool Equals(Message? other) =>
        other is not null && Code == other.Code && Args.Count == other.Args.Count
        && Args.Zip(other.Args).All(p => p.First.Key == p.Second.Key && ArgEquals(p.First.Value, p.Second.Value));

    private static bool ArgEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        // A date read back from JSON is its "YYYY-MM-DD" text.
        (DateOnly d, string s) => s == Iso(d),
        (string s, DateOnly d) => s == Iso(d),
        (System.Collections.IEnumerable x, System.Collections.IEnumerable y) when a is not string && b is not string =>
            x.Cast<object?>().SequenceEqual(y.Cast<object?>(), ArgComparer.Instance),
        _ when IsNumber(a) && IsNumber(b) => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)
            == Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture),
        _ => Equals(a, b),
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsNumber(object? v) => v is int or long or double or decimal or float or short;

    private sealed class ArgComparer : IEqualityComparer<object?>
    {
        public static readonly ArgComparer Instance = new();
        public new bool Equals(object? x, object? y) => ArgEquals(x, y);
        public int GetHashCode(object? obj) => 0;
    }

    public override bool Equals(object? obj) => Equals(obj as Message);

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    /// <summary>The code and arguments, for logs and test failures (never shown to a person).</summary>
    public override string ToString() =>
        Args.Count == 0 ? Code : $"{Code}({string.Join(", ", Args.Select(a => $"{a.Key}={Show(a.Value)}"))})";

    private static string Show(object? v) => v switch
    {
        null => "null",
        string s => $"'{s}'",
        DateOnly d => Iso(d),
        System.Collections.IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}
