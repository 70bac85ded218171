namespace EnergySaving.Api.Consumption.Imports;

/// <summary>
/// One string per distinct value of a column that repeats a few values (carrier, unit, production unit),
/// instead of one per row. Bounded: past <see cref="MaxDistinct"/> values a new string is made each time.
/// </summary>
public sealed class RepeatedStrings
{
    public const int MaxDistinct = 1000;

    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (_seen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known)) return known;
        var value = text.ToString();
        if (_seen.Count < MaxDistinct) _seen[value] = value;
        return value;
    }
}
