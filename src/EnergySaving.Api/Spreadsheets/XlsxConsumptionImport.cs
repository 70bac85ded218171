using EnergySaving.Api.Common;
using System.Globalization;
using System.Text;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Consumption.Imports;
using MiniExcelLibs;

namespace EnergySaving.Api.Spreadsheets;

/// <summary>
/// The xlsx import: the first sheet is streamed row by row (MiniExcel) into a CSV temporary file,
/// which the CSV importer then reads. So the rules, the row errors and all-or-nothing are the CSV's
/// by construction; row numbers are the sheet's (a blank row inside the data becomes an empty CSV
/// row and is reported as such; blank rows at the end are ignored).
/// </summary>
public sealed class XlsxConsumptionImport(ConsumptionCsvImporter csv)
{
    public async Task<ImportResult> ImportAsync(Stream body, string submittedBy, CancellationToken ct)
    {
        // A zip needs seeking: the upload goes to a temporary file first (never into memory whole).
        var xlsxPath = Path.GetTempFileName();
        var csvPath = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(xlsxPath)) await body.CopyToAsync(file, ct);
            try
            {
                await using var writer = new StreamWriter(csvPath, false, new UTF8Encoding(false));
                await WriteCsvAsync(xlsxPath, writer, ct);
            }
            // Whatever MiniExcel throws here comes from the uploaded bytes (a zip or its XML that does not read): a client error.
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new ImportResult(null, [new RowError(1, "file", Core.Messages.Message.Of("import.xlsx.unreadable", ("detail", ClientText.Excerpt(e.Message))))], 1);
            }
            await using var reader = File.OpenRead(csvPath);
            return await csv.ImportAsync(reader, submittedBy, ct);
        }
        finally
        {
            File.Delete(xlsxPath);
            File.Delete(csvPath);
        }
    }

    private static async Task WriteCsvAsync(string xlsxPath, StreamWriter writer, CancellationToken ct)
    {
        var pendingBlank = 0;
        var width = 0;
        var first = true;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(xlsxPath, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            ct.ThrowIfCancellationRequested();
            var cells = row.Values.Select(Text).ToList();
            var last = cells.FindLastIndex(c => c.Length > 0);
            if (last < 0 && !first) { pendingBlank++; continue; }
            if (first) width = last + 1;
            for (; pendingBlank > 0; pendingBlank--) await writer.WriteLineAsync(new string(',', Math.Max(0, width - 1)));
            var count = Math.Max(width, last + 1);
            await writer.WriteLineAsync(string.Join(',', cells.Take(count).Concat(Enumerable.Repeat("", Math.Max(0, count - cells.Count))).Select(Quote)));
            first = false;
        }
    }

    /// <summary>A cell as the CSV would hold it: numbers in round-trip invariant form, a date cell as its month.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
