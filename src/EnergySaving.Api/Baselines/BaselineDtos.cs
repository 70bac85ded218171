using System.Text.Json;
using System.Text.Json.Serialization;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Baselines;

public sealed record StartRunRequest(int[]? FacilityIds);

public sealed record RunStarted(Guid RunId, string Status);

/// <summary>A facility a run could not fit: <c>message</c> in the request's language, <c>code</c> and <c>args</c> beside it.</summary>
public sealed record RunErrorDto(int FacilityId, [property: JsonIgnore] Message Error)
{
    public string Message => Error.Render();
    public string Code => Error.Code;
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, object?>? Args => Error.Args.Count == 0 ? null : Error.Args.ToDictionary(a => a.Key, a => a.Value);
}

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

/// <summary>GET /api/facilities/{id}/baseline: <c>reasons</c> in the request's language and <c>reasonCodes</c> in the same order.</summary>
public sealed record BaselineResponse(int FacilityId, string Status, IReadOnlyList<Message> ReasonCodes, PeriodDto? Period,
    DateTimeOffset ComputedAt, ModelDto? Model, MetricsDto? Metrics, SecBaselineDto? Sec, SavingsDto? Savings)
{
    public IReadOnlyList<string> Reasons => ReasonCodes.Render();
}

/// <summary>A key facility of the year: <c>reason</c> (as before) and <c>reasons</c> in the request's language, <c>reasonCodes</c> beside them.</summary>
public sealed record KeyFacilityItem(int FacilityId, string Code, string Name, string Sector, double AnnualToe, double Threshold, bool NewThisYear,
    [property: JsonIgnore] Message ReasonCode)
{
    public string Reason => ReasonCode.Render();
    public IReadOnlyList<string> Reasons => [Reason];
    public IReadOnlyList<Message> ReasonCodes => [ReasonCode];
}

public sealed record KeyFacilitiesResponse(int Year, IReadOnlyList<KeyFacilityItem> Items)
{
    /// <summary>On the previous year's list, not on this one.</summary>
    public IReadOnlyList<Spreadsheets.DroppedItem> Dropped { get; init; } = [];
}

/// <summary>A support candidate: <c>reasons</c> in the request's language and <c>reasonCodes</c> in the same order.</summary>
public sealed record CandidateItem(int FacilityId, string Code, string Name, string Sector, string? Industry, double AnnualToe,
    double Score, double? EstimatedSavingsToe, IReadOnlyList<Message> ReasonCodes)
{
    public IReadOnlyList<string> Reasons => ReasonCodes.Render();
}

public sealed record InsufficientItem(int FacilityId, int MonthsReported);

public sealed record CandidatesResponse(int Year, IReadOnlyList<CandidateItem> Items, IReadOnlyList<InsufficientItem> InsufficientData);

/// <summary>JSON of the jsonb columns (camelCase, as the API).</summary>
public static class BaselineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}

/// <summary>
/// Coded messages as the database keeps them: a jsonb array of <c>{ code, args }</c> (the reasons of baselines and
/// of the annual flags), or one message's JSON in a text column (a key facility's reason, a run's error). Texts written
/// by the release before codes (a plain string in the array, or a text that is not JSON) read back as
/// <see cref="MessageJsonConverter.Legacy"/>, shown as they are.
/// </summary>
public static class StoredMessages
{
    /// <summary>The messages as a JSON array (written once per row, by the jobs).</summary>
    public static string Write(IReadOnlyList<Message> messages) =>
        messages.Count == 0 ? "[]" : JsonSerializer.Serialize(messages, BaselineJson.Options);

    /// <summary>One message as JSON, for a text column.</summary>
    public static string WriteOne(Message message) => JsonSerializer.Serialize(message, BaselineJson.Options);

    /// <summary>The messages of a JSON array (null or empty: none); a plain string element is a stored text of an earlier release.</summary>
    public static IReadOnlyList<Message> Read(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "[]") return [];
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Array) return [MessageJsonConverter.FromElement(doc.RootElement)];
        var list = new Message[doc.RootElement.GetArrayLength()];
        var i = 0;
        foreach (var e in doc.RootElement.EnumerateArray()) list[i++] = MessageJsonConverter.FromElement(e);
        return list;
    }

    /// <summary>One message from a text column: its JSON, or a text written before codes (kept as it is).</summary>
    public static Message ReadOne(string text)
    {
        if (text.Length == 0 || text[0] != '{') return MessageJsonConverter.Legacy(text);
        try
        {
            using var doc = JsonDocument.Parse(text);
            return MessageJsonConverter.FromElement(doc.RootElement);
        }
        catch (JsonException)
        {
            return MessageJsonConverter.Legacy(text);
        }
    }
}
