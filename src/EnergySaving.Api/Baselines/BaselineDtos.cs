using System.Text.Json;

namespace EnergySaving.Api.Baselines;

public sealed record StartRunRequest(int[]? FacilityIds);

public sealed record RunStarted(Guid RunId, string Status);

public sealed record RunErrorDto(int FacilityId, string Message);

public sealed record RunProgress(Guid RunId, string Status, int FacilitiesTotal, int FacilitiesDone, int FacilitiesUnchanged,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<RunErrorDto> Errors);

public sealed record PeriodDto(string From, string To);

public sealed record BaselinePeriodRequest(string? From, string? To);

public sealed record BaselinePeriodResponse(int FacilityId, string From, string To);

public sealed record ModelDto(string Kind, double Intercept, double? Production, double? Hdd, double? Cdd,
    double? HeatingBalancePointC, double? CoolingBalancePointC,
    IReadOnlyDictionary<string, double> PValues, IReadOnlyDictionary<string, double> StandardErrors);

/// <summary>CV(RMSE) and NMBE are null (written as null, not left out) when the mean consumption is ≤ 0 (BASELINES.md).</summary>
public sealed record MetricsDto(int N, double R2, double AdjustedR2,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] double? CvRmse,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] double? Nmbe,
    bool Adequate);

public sealed record SecBaselineDto(double Baseline, string Unit);

public sealed record SavingsDto(string From, string To, double ExpectedToe, double ActualToe, double SavedToe, double SavedFraction,
    double? Uncertainty90, IReadOnlyList<string> ExtrapolatedMonths);

public sealed record YearSavingsDto(int Year, int Months, double ExpectedToe, double ActualToe);

public sealed record BaselineResponse(int FacilityId, string Status, IReadOnlyList<string> Reasons, PeriodDto? Period,
    DateTimeOffset ComputedAt, ModelDto? Model, MetricsDto? Metrics, SecBaselineDto? Sec, SavingsDto? Savings);

public sealed record KeyFacilityItem(int FacilityId, string Code, string Name, string Sector, double AnnualToe, double Threshold, bool NewThisYear, string Reason);

public sealed record KeyFacilitiesResponse(int Year, IReadOnlyList<KeyFacilityItem> Items)
{
    /// <summary>On the previous year's list, not on this one.</summary>
    public IReadOnlyList<Spreadsheets.DroppedItem> Dropped { get; init; } = [];
}

public sealed record CandidateItem(int FacilityId, string Code, string Name, string Sector, string? Industry, double AnnualToe,
    double Score, double? EstimatedSavingsToe, IReadOnlyList<string> Reasons);

public sealed record InsufficientItem(int FacilityId, int MonthsReported);

public sealed record CandidatesResponse(int Year, IReadOnlyList<CandidateItem> Items, IReadOnlyList<InsufficientItem> InsufficientData);

/// <summary>JSON of the jsonb columns (camelCase, as the API).</summary>
public static class BaselineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
