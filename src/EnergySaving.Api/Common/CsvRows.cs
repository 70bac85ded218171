using EnergySaving.Core.Messages;
using nietras.SeparatedValues;

namespace EnergySaving.Api.Common;

/// <summary>Row rules every CSV upload (consumption import, temperatures) applies alike.</summary>
public static class CsvRows
{
    /// <summary>A blank line (often the last ones of a file saved by a spreadsheet) is skipped, never an error.</summary>
    public static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.IsWhiteSpace();

    /// <summary>A row must have as many columns as the header: an extra column means the row is not what it seems.</summary>
    public static Message? ColumnCountError(SepReader.Row row, int headerColumns) =>
        row.ColCount == headerColumns ? null : ColumnCount(row.ColCount, headerColumns);

    /// <summary>More columns than the header (fewer are reported against the missing column by the upload itself).</summary>
    public static Message? ExtraColumnsError(SepReader.Row row, int headerColumns) =>
        row.ColCount <= headerColumns ? null : ColumnCount(row.ColCount, headerColumns);

    private static Message ColumnCount(int columns, int headerColumns) =>
        Message.Of("csv.row.column-count", ("columns", columns), ("headerColumns", headerColumns));
}
