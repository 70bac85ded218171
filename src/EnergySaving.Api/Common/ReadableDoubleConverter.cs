using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnergySaving.Api.Common;

/// <summary>
/// Writes doubles with 15 significant digits, so sums of converted quantities read as 1617.8133274
/// rather than 1617.8133274000002 (binary floating-point noise no one measured). Reading is unchanged.
/// </summary>
public sealed class ReadableDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
            return;
        }
        Span<char> text = stackalloc char[32];
        var ok = value.TryFormat(text, out var written, "G15", CultureInfo.InvariantCulture);
        writer.WriteNumberValue(ok ? double.Parse(text[..written], CultureInfo.InvariantCulture) : value);
    }
}
