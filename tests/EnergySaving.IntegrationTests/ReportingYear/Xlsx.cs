using System.Globalization;
using MiniExcelLibs;

namespace EnergySaving.IntegrationTests.ReportingYear;

/// <summary>Reads a downloaded workbook's sheet back as rows of text cells.</summary>
public static class Xlsx
{
    public static List<string?[]> Rows(byte[] workbook, string? sheet = null)
    {
        using var stream = new MemoryStream(workbook);
        return stream.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v switch
            {
                null => null,
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => v.ToString(),
            }).ToArray()).ToList();
    }

    public static byte[] Write(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }
}
