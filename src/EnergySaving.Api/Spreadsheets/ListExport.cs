using System.Globalization;
using System.Text;
using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace EnergySaving.Api.Spreadsheets;

/// <summary>A column of an exported list: its heading and how to read it from a row.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// <c>?format=csv|xlsx</c> of the list routes: the same rows as the JSON, as UTF-8-with-BOM CSV or an
/// xlsx sheet. Every text cell goes through <see cref="SpreadsheetCells.Neutralise"/>; numbers stay numbers.
/// </summary>
public static class ListExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>null (JSON), "csv" or "xlsx"; anything else is a field error on "format".</summary>
    public static ValidationProblem? CheckFormat(string? format) =>
        format is null or "json" or "csv" or "xlsx" ? null : Problems.Field("format", Message.Of("export.format.unknown", ("format", ClientText.Excerpt(format))));

    public static FileContentHttpResult File<T>(string format, string name, IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns) =>
        format == "csv"
            ? TypedResults.File(Csv(rows, columns), "text/csv; charset=utf-8", $"{name}.csv")
            : TypedResults.File(Xlsx([("Sheet1", Table(rows, columns))]), XlsxType, $"{name}.xlsx");

    public static byte[] Csv<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => Quote(SpreadsheetCells.Neutralise(c.Header)))).Append("\r\n");
        foreach (var row in rows)
            text.AppendJoin(',', columns.Select(c => Quote(Format(c.Value(row))))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Rows as ordered dictionaries for MiniExcel (header → cell), text neutralised.</summary>
    public static List<Dictionary<string, object?>> Table<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns) =>
        rows.Select(r => columns.ToDictionary(c => SpreadsheetCells.Neutralise(c.Header)!, c => Cell(c.Value(r)))).ToList();

    public static byte[] Xlsx(IEnumerable<(string Sheet, object Rows)> sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var (sheet, rows) in sheets) book[sheet] = rows;
        using var stream = new MemoryStream();
        stream.SaveAs(book);
        return stream.ToArray();
    }

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string s => SpreadsheetCells.Neutralise(s),
        bool b => b ? "yes" : "no",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        double or int or long or decimal => value,
        _ => SpreadsheetCells.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static string Format(object? value) => Cell(value) switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    private static string Quote(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
