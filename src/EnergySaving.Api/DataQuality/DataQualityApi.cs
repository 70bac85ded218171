using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Spreadsheets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.DataQuality;

public static class DataQualityApi
{
    public static void MapDataQuality(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/data-quality").WithTags("Data quality");
        group.MapGet("", List).RequireAuthorization(Policies.ConsumptionUsers)
            .WithName("DataQualityFindings")
            .WithSummary("Data-quality findings of a year (reporters: own facilities); ?format=csv|xlsx");
        group.MapPost("/{id}/dismiss", Dismiss).RequireAuthorization(Policies.CenterStaff)
            .WithName("DismissFinding").WithSummary("Dismiss a finding with a reason, until the month's content changes");
    }

    private static readonly ExportColumn<DataQualityItem>[] Columns =
    [
        new("id", i => i.Id), new("facility_id", i => i.FacilityId), new("month", i => i.Month), new("code", i => i.Code),
        new("severity", i => i.Severity), new("carrier", i => i.Carrier), new("message", i => i.Message),
        new("dismissed", i => i.Dismissed), new("dismissed_reason", i => i.DismissedReason),
    ];

    public static async Task<Results<Ok<DataQualityResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> List(
        ClaimsPrincipal user, DataQualityService service, CancellationToken ct,
        int? year = null, int? facilityId = null, string? code = null, bool includeDismissed = false, string? format = null)
    {
        if (ListExport.CheckFormat(format) is { } bad) return bad;
        return await service.ListAsync(user, year, facilityId, code, includeDismissed, ct) switch
        {
            { Value: { } r } when format is "csv" or "xlsx" => ListExport.File(format, $"data-quality-{r.Year}", r.Items, Columns),
            { Value: { } r } => TypedResults.Ok(r),
            { Refusal: { Errors: { } errors } } => Problems.Validation(errors),
            { Refusal: { Detail: { } detail } refusal } => Problems.Of(refusal.Status, detail),
            _ => throw new InvalidOperationException("A refusal has errors or a detail."),
        };
    }

    private static async Task<Results<Ok<DataQualityItem>, ValidationProblem, ProblemHttpResult>> Dismiss(
        string id, DismissRequest body, ClaimsPrincipal user, DataQualityService service, CancellationToken ct) =>
        (await service.DismissAsync(user, id, body.Reason, ct)).ToOk();
}
