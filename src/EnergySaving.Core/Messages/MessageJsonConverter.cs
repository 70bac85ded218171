using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnergySaving.Core.Messages;

/// <summary>
/// A message as JSON: <c>{ "code": "…", "args": { "name": value, … } }</c> (args left out when there are none).
/// Dates are written "YYYY-MM-DD"; a double is always written with a decimal point or exponent (1000.0), an
/// integer never, so that a message stored as JSON and read back renders as the one written (the catalogue
/// shows integers such as years as they are and decimals with the culture's separators).
/// </summary>
public sealed class MessageJsonConverter : JsonConverter<Message>
{
    public override Message Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var doc = JsonDocument.ParseValue(ref reader);
        return FromElement(doc.RootElement);
    }

    /// <summary>A message from its JSON; a plain string (a text stored before messages had codes) becomes <see cref="Legacy"/>.</summary>
    public static Message FromElement(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String) return Legacy(e.GetString()!);
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String)
            throw new JsonException("A message is an object with a string 'code'.");
        var args = new List<KeyValuePair<string, object?>>();
        if (e.TryGetProperty("args", out var a) && a.ValueKind == JsonValueKind.Object)
            foreach (var p in a.EnumerateObject()) args.Add(new(p.Name, Value(p.Value)));
        return new Message(code.GetString()!, args);
    }

    /// <summary>The code of a text written before messages had codes (stored reasons of an earlier release): shown as it is.</summary>
    public const string LegacyCode = "text.stored";

    public static Message Legacy(string text) => Message.Of(LegacyCode, ("text", text));

    private static object? Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => IsInteger(v.GetRawText()) && v.TryGetInt64(out var l) ? (object)l : v.GetDouble(),
        JsonValueKind.Array => v.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Object when v.TryGetProperty("code", out _) => FromElement(v),
        _ => v.GetRawText(),
    };

    private static bool IsInteger(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    public override void Write(Utf8JsonWriter writer, Message value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        if (value.Args.Count > 0)
        {
            writer.WriteStartObject("args");
            foreach (var (name, v) in value.Args)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, v, options);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter writer, object? v, JsonSerializerOptions options)
    {
        switch (v)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case double d: WriteDouble(writer, d); break;
            case float f: WriteDouble(writer, f); break;
            case decimal m: WriteDouble(writer, (double)m); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset at: writer.WriteStringValue(at.ToString("O", CultureInfo.InvariantCulture)); break;
            case Message m: Write(writer, m, options); break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item, options);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(v, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (!double.IsFinite(d)) { writer.WriteNullValue(); return; }
        // 15 significant digits (no binary noise), and a decimal point so that it reads back as a double.
        var text = d.ToString("G15", CultureInfo.InvariantCulture);
        if (text.IndexOfAny(['.', 'E', 'e']) < 0) text += ".0";
        writer.WriteRawValue(text, skipInputValidation: true);
    }
}
