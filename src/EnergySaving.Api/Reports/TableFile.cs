using System.Globalization;
using System.Text;
using EnergySaving.Api.Common;
using MiniExcelLibs;

namespace EnergySaving.Api.Reports;

/// <summary>A table (header and rows of cells) written as CSV (UTF-8 with BOM) or as xlsx sheets; every text cell is neutralised.</summary>
public sealed record Table(string Name, IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows);

public static class TableFile
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>"json" (or none), "csv" or "xlsx"; null for anything else.</summary>
    public static string? Format(string? format) => format switch
    {
        null or "" or "json" => "json",
        "csv" => "csv",
        "xlsx" => "xlsx",
        _ => null,
    };

    public static byte[] Csv(Table table)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', table.Header.Select(Quote)).Append("\r\n");
        foreach (var row in table.Rows) sb.AppendJoin(',', row.Select(c => Quote(Cell(c)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static byte[] Xlsx(params Table[] tables)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var t in tables)
        {
            var rows = t.Rows.Select(r =>
            {
                var d = new Dictionary<string, object?>();
                for (var i = 0; i < t.Header.Count; i++) d[t.Header[i]] = r[i] is string s ? SpreadsheetCells.Neutralise(s) : r[i];
                return d;
            }).ToList();
            // An empty section still gets its sheet with the header row.
            sheets[t.Name] = rows.Count > 0 ? rows : new List<Dictionary<string, object?>> { t.Header.ToDictionary(h => h, _ => (object?)null) };
        }
        using var ms = new MemoryStream();
        ms.SaveAs(sheets);
        return ms.ToArray();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => SpreadsheetCells.Neutralise(s)!,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
