using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Spreadsheets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.AnnualReports;

public static class AnnualReportsApi
{
    public static void MapAnnualReports(this IEndpointRouteBuilder routes)
    {
        var facility = routes.MapGroup("/api/facilities/{id:int}/annual-reports/{year:int}").WithTags("Annual reports");
        facility.MapPost("/submit", Submit).RequireAuthorization(Policies.ConsumptionUsers)
            .WithName("SubmitAnnualReport")
            .WithSummary("Submit a past year's annual report (Form 1.1): snapshot of its 12 months, which lock until it is returned");
        facility.MapPost("/review", Review).RequireAuthorization(Policies.CenterStaff)
            .WithName("ReviewAnnualReport").WithSummary("Accept or return (with a reason) a submitted annual report");
        facility.MapGet("", Get).RequireAuthorization(Policies.ConsumptionUsers)
            .WithName("GetAnnualReport").WithSummary("The latest submission of a year's annual report, with its history");
        facility.MapGet("/form-1-1.xlsx", Form11Export.Get).RequireAuthorization(Policies.ConsumptionUsers)
            .WithName("AnnualReportForm11").WithSummary("The annual report as a spreadsheet shaped like Form 1.1 (Vietnamese headings)");

        routes.MapGet("/api/annual-reports", Board).RequireAuthorization(Policies.CenterStaff).WithTags("Annual reports")
            .WithName("AnnualReportBoard")
            .WithSummary("Who must report a year, the deadline, status, overdue and review-overdue; ?format=csv|xlsx");
    }

    internal static Results<Created<AnnualReportDto>, Ok<AnnualReportDto>, ValidationProblem, ProblemHttpResult> ToResult(Outcome<AnnualReportDto> outcome, string? created = null) =>
        outcome.Refusal switch
        {
            null when created is not null => TypedResults.Created(created, outcome.Value!),
            null => TypedResults.Ok(outcome.Value!),
            { Errors: { } errors } => Problems.Validation(errors),
            { Detail: { } detail } r => Problems.Of(r.Status, detail),
            _ => throw new InvalidOperationException("A refusal has errors or a detail."),
        };

    private static async Task<Results<Created<AnnualReportDto>, Ok<AnnualReportDto>, ValidationProblem, ProblemHttpResult>> Submit(
        int id, int year, SubmitRequest? body, ClaimsPrincipal user, AnnualReportService service, CancellationToken ct) =>
        ToResult(await service.SubmitAsync(user, id, year, body?.Note, ct), $"/api/facilities/{id}/annual-reports/{year}");

    private static async Task<Results<Created<AnnualReportDto>, Ok<AnnualReportDto>, ValidationProblem, ProblemHttpResult>> Review(
        int id, int year, ReviewRequest body, ClaimsPrincipal user, AnnualReportService service, CancellationToken ct) =>
        ToResult(await service.ReviewAsync(user, id, year, body.Decision, body.Reason, ct));

    private static async Task<Results<Created<AnnualReportDto>, Ok<AnnualReportDto>, ValidationProblem, ProblemHttpResult>> Get(
        int id, int year, ClaimsPrincipal user, AnnualReportService service, CancellationToken ct) =>
        ToResult(await service.GetAsync(user, id, year, ct));

    /// <summary>A list of a year refused without its year (the board, the completeness matrix).</summary>
    public static Message YearRequired() => Message.Of("filter.year.query-required", ("earliest", 1990));

    private static readonly ExportColumn<BoardItem>[] BoardColumns =
    [
        new("facility_id", i => i.FacilityId), new("code", i => i.Code), new("name", i => i.Name), new("status", i => i.Status),
        new("submitted_at", i => i.SubmittedAt), new("review_due_by", i => i.ReviewDueBy), new("overdue", i => i.Overdue),
        new("review_overdue", i => i.ReviewOverdue),
    ];

    public static async Task<Results<Ok<BoardResponse>, FileContentHttpResult, ValidationProblem>> Board(
        AnnualReportBoard board, CancellationToken ct, int? year = null, string? status = null, string? format = null)
    {
        if (year is not { } y || y is < 1990 or > 9999) return Problems.Field("year", YearRequired());
        if (status is not null && !AnnualReportBoard.Statuses.Contains(status))
            return Problems.Field("status", Message.Of("annual-report.board.status-unknown", ("allowed", AnnualReportBoard.Statuses)));
        if (ListExport.CheckFormat(format) is { } bad) return bad;
        var response = await board.GetAsync(y, status, ct);
        return format is "csv" or "xlsx" ? ListExport.File(format, $"annual-reports-{y}", response.Items, BoardColumns) : TypedResults.Ok(response);
    }
}
