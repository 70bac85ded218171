namespace EnergySaving.Api.Consumption;

/// <summary>A validated, converted entry on its way into the staging table (one CSV row or one PUT entry).</summary>
public readonly record struct StagedEntry(
    int RowNumber,
    int FacilityId,
    DateOnly Month,
    string Carrier,
    double Quantity,
    string Unit,
    double Toe,
    int FactorId,
    double? DeclaredToe,
    double? ProductionQuantity,
    string? ProductionUnit,
    string? Note);

