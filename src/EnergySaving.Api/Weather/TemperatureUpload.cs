using System.Globalization;
using System.Text.Json;
using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using nietras.SeparatedValues;

namespace EnergySaving.Api.Weather;

/// <summary>Days read from an upload, or every bad row of it. Nothing is written unless <see cref="Errors"/> is empty.</summary>
public sealed class ParsedTemperatures
{
    public List<DateOnly> Dates { get; } = [];
    public List<double> MeansC { get; } = [];
    public List<RowError> Errors { get; } = [];
}

/// <summary>
/// Reads and validates daily mean temperatures from CSV (<c>date,mean_c</c>) or JSON
/// (<c>[{ "date", "meanC" }]</c>): malformed or future dates, a date twice, values that are not
/// numbers or lie outside −60…60 °C, missing header or columns, an empty body, too many days.
/// </summary>
public static class TemperatureUpload
{
    public const double MinC = -60, MaxC = 60;
    /// <summary>About ten years of days, with room for leap days.</summary>
    public const int MaxDays = 3700;
    public const string DateColumn = "date", MeanColumn = "mean_c", JsonDate = "date", JsonMean = "meanC";

    public static ParsedTemperatures ParseCsv(string text, DateOnly today)
    {
        var result = new ParsedTemperatures();
        if (string.IsNullOrWhiteSpace(text))
        {
            result.Errors.Add(new RowError(1, null, Message.Of("weather.upload.empty-body", ("dateColumn", DateColumn), ("meanColumn", MeanColumn))));
            return result;
        }
        SepReader reader;
        try
        {
            reader = Sep.Reader(o => o with
            {
                Unescape = true,
                Trim = SepTrim.All,
                DisableColCountCheck = true,
                ColNameComparer = StringComparer.OrdinalIgnoreCase,
                CultureInfo = CultureInfo.InvariantCulture,
            }).FromText(text);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException)
        {
            // Sep refuses some headers outright, e.g. the same column twice.
            result.Errors.Add(new RowError(1, null, Message.Of("csv.header.invalid", ("detail", ClientText.Excerpt(e.Message)))));
            return result;
        }
        using (reader)
        {
            var dateIndex = -1;
            var meanIndex = -1;
            var missing = new List<string>();
            if (reader.Header.IsEmpty || !reader.Header.TryIndexOf(DateColumn, out dateIndex)) missing.Add(DateColumn);
            if (reader.Header.IsEmpty || !reader.Header.TryIndexOf(MeanColumn, out meanIndex)) missing.Add(MeanColumn);
            if (missing.Count > 0)
            {
                foreach (var column in missing)
                    result.Errors.Add(new RowError(1, column, Message.Of("weather.upload.missing-column", ("column", column), ("dateColumn", DateColumn), ("meanColumn", MeanColumn))));
                return result;
            }

            var seen = new Dictionary<DateOnly, int>();
            var rowNumber = 1;
            try
            {
                foreach (var row in reader)
                {
                    rowNumber++;
                    if (CsvRows.IsBlank(row)) continue;
                    if (CsvRows.ExtraColumnsError(row, reader.Header.ColNames.Count) is { } columnError)
                    {
                        result.Errors.Add(new RowError(rowNumber, null, columnError));
                        continue;
                    }
                    if (result.Dates.Count + result.Errors.Count >= MaxDays)
                    {
                        result.Errors.Add(new RowError(rowNumber, null, Message.Of("weather.upload.too-many-days", ("max", MaxDays))));
                        return result;
                    }
                    string? date = dateIndex < row.ColCount ? row[dateIndex].ToString() : null;
                    string? mean = meanIndex < row.ColCount ? row[meanIndex].ToString() : null;
                    Check(result, seen, rowNumber, date, DateColumn, mean is null ? null : ParseNumber(mean), mean, MeanColumn, today);
                }
            }
            catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException)
            {
                result.Errors.Add(new RowError(rowNumber + 1, null, Message.Of("csv.row.unreadable", ("detail", ClientText.Excerpt(e.Message)))));
                return result;
            }
        }
        if (result.Dates.Count == 0 && result.Errors.Count == 0)
            result.Errors.Add(new RowError(2, null, Message.Of("weather.upload.no-days")));
        return result;
    }

    public static ParsedTemperatures ParseJson(JsonElement root, DateOnly today)
    {
        var result = new ParsedTemperatures();
        if (root.ValueKind != JsonValueKind.Array)
        {
            result.Errors.Add(new RowError(null, null, Message.Of("weather.upload.not-an-array")));
            return result;
        }
        var length = root.GetArrayLength();
        if (length == 0)
        {
            result.Errors.Add(new RowError(null, null, Message.Of("weather.upload.empty-array")));
            return result;
        }
        if (length > MaxDays)
        {
            result.Errors.Add(new RowError(MaxDays + 1, null, Message.Of("weather.upload.too-many-days-array", ("max", MaxDays))));
            return result;
        }
        var seen = new Dictionary<DateOnly, int>();
        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                result.Errors.Add(new RowError(index, null, Message.Of("weather.upload.not-an-object")));
                continue;
            }
            var date = Property(item, JsonDate);
            var mean = Property(item, JsonMean);
            string? dateText = date is { ValueKind: JsonValueKind.String } d ? d.GetString() : date is null ? null : date.Value.GetRawText();
            double? value = mean is { ValueKind: JsonValueKind.Number } m && m.TryGetDouble(out var v) ? v : null;
            string? meanText = mean?.GetRawText();
            if (mean is { ValueKind: JsonValueKind.Null }) meanText = null;
            Check(result, seen, index, dateText, JsonDate, value, meanText, JsonMean, today, dateIsString: date is null or { ValueKind: JsonValueKind.String });
        }
        return result;
    }

    private static JsonElement? Property(JsonElement item, string name)
    {
        foreach (var p in item.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    private static void Check(
        ParsedTemperatures result, Dictionary<DateOnly, int> seen, int row,
        string? dateText, string dateColumn, double? mean, string? meanText, string meanColumn, DateOnly today,
        bool dateIsString = true)
    {
        var before = result.Errors.Count;
        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(dateText))
            result.Errors.Add(new RowError(row, dateColumn, Message.Of("weather.date.missing")));
        else if (!dateIsString || !TryParseDate(dateText, out date))
            result.Errors.Add(new RowError(row, dateColumn, Message.Of("weather.date.invalid", ("value", Shorten(dateText)))));
        else if (date > today)
            result.Errors.Add(new RowError(row, dateColumn, Message.Of("weather.date.future", ("date", date))));
        else if (seen.TryGetValue(date, out var first))
            result.Errors.Add(new RowError(row, dateColumn, Message.Of("weather.date.duplicate", ("date", date), ("first", first))));
        else
            seen[date] = row;

        if (string.IsNullOrWhiteSpace(meanText))
            result.Errors.Add(new RowError(row, meanColumn, Message.Of("weather.temperature.missing")));
        else if (mean is not { } value)
            result.Errors.Add(new RowError(row, meanColumn, Message.Of("weather.temperature.not-a-number", ("value", Shorten(meanText)))));
        else if (!(value >= MinC && value <= MaxC))
            result.Errors.Add(new RowError(row, meanColumn, Message.Of("weather.temperature.out-of-range", ("meanC", value), ("min", MinC), ("max", MaxC))));

        if (result.Errors.Count == before)
        {
            result.Dates.Add(date);
            result.MeansC.Add(mean!.Value);
        }
    }

    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: 10 }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date.Year >= 1900;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double? ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
