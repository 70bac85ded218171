namespace EnergySaving.Api.Consumption;

/// <summary>Body of PUT /api/facilities/{id}/consumption/{month}.</summary>
public sealed record MonthReportRequest(List<EntryRequest?>? Entries, ProductionDto? Production, string? Note);

/// <summary>One carrier as on the bill. declaredToe: a facility's own factor where the law gives a range (coke).</summary>
public sealed record EntryRequest(string? Carrier, double? Quantity, string? Unit, double? DeclaredToe);

public sealed record ProductionDto(double? Quantity, string? Unit);

public sealed record FactorUsedDto(double Toe, double PerQuantity, string PerUnit, string ValidFrom, string Source, double? DeclaredToe);

public sealed record EntryResponse(string Carrier, double Quantity, string Unit, double Toe, FactorUsedDto Factor);

public sealed record MonthResponse(int FacilityId, string Month, int Revision, double TotalToe,
    IReadOnlyList<EntryResponse> Entries, ProductionDto? Production, string? Note)
{
    /// <summary>Data-quality warnings about what a PUT wrote (never a refusal); absent on reads.</summary>
    public IReadOnlyList<DataQuality.WarningDto>? Warnings { get; init; }
}

public sealed record MonthsResponse(int FacilityId, IReadOnlyList<MonthResponse> Months);

public sealed record RevisionResponse(int Revision, string SubmittedBy, DateTimeOffset SubmittedAt, double TotalToe,
    IReadOnlyList<EntryResponse> Entries, ProductionDto? Production, string? Note);

public sealed record CarrierToe(string Carrier, double Toe);

public sealed record SecDto(double Value, string Unit, double Production);

public sealed record AnnualResponse(int FacilityId, int Year, double TotalToe, int MonthsReported,
    IReadOnlyList<CarrierToe> ByCarrier, bool IsKeyFacility, double Threshold, string KeyFacilityReason, SecDto? Sec)
{
    /// <summary>The code and arguments of <c>keyFacilityReason</c>.</summary>
    public EnergySaving.Core.Messages.Message? KeyFacilityReasonCode { get; init; }
}
