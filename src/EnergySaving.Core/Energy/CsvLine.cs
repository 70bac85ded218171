using System.Text;

namespace EnergySaving.Core.Energy;

/// <summary>Splits one CSV line (RFC 4180 quoting: <c>"a, b"</c>, <c>""</c> for a quote; no line breaks inside fields).</summary>
internal static class CsvLine
{
    /// <summary>The fields of <paramref name="line"/>, or null with <paramref name="error"/> when the quoting is malformed.</summary>
    public static List<string>? Split(string line, out string? error)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        error = null;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        error = "unterminated quoted field";
                        return null;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    error = $"unexpected character after closing quote at position {i + 1}";
                    return null;
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"')
                    {
                        error = $"quote inside an unquoted field at position {i + 1}";
                        return null;
                    }

                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }
}
