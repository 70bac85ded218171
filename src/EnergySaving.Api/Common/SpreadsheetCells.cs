namespace EnergySaving.Api.Common;

/// <summary>
/// Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
/// formula: every exported text cell goes through Neutralise, which prefixes such a cell with '.
/// </summary>
public static class SpreadsheetCells
{
    public static string? Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
