namespace EnergySaving.Api.Common;

/// <summary>
/// One bad row of an upload (consumption import, temperatures), the one shape of row errors: row 1 is the CSV
/// header (JSON rows are 1-based array indexes); Column null when the whole row (or body) is at fault.
/// </summary>
public sealed record RowError(int? Row, string? Column, string Message);
