using System.Globalization;
using System.Text;

namespace EnergySaving.Api.Consumption;

/// <summary>PostgreSQL array literals ("{…}") of small arrays, numbers in round-trip form.</summary>
public static class ArrayLiteral
{
    public static string Of(string[] values) => Build(values.Length, (sb, i) =>
    {
        sb.Append('"');
        foreach (var c in values[i])
        {
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        sb.Append('"');
    });

    public static string Of(double[] values) => Build(values.Length, (sb, i) => sb.Append(values[i].ToString("R", CultureInfo.InvariantCulture)));

    public static string Of(int[] values) => Build(values.Length, (sb, i) => sb.Append(values[i].ToString(CultureInfo.InvariantCulture)));

    public static string Of(double?[] values) => Build(values.Length, (sb, i) =>
        sb.Append(values[i] is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "NULL"));

    private static string Build(int count, Action<StringBuilder, int> append)
    {
        var sb = new StringBuilder(16 * count + 2).Append('{');
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            append(sb, i);
        }
        return sb.Append('}').ToString();
    }
}
