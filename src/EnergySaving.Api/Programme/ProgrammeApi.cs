using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Reports;
using EnergySaving.Api.Training;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Programme;

/// <summary>/api/programme/events: admins, analysts and trainers (who run the trainings) keep the center's events.</summary>
public static class ProgrammeApi
{
    public static IServiceCollection AddProgramme(this IServiceCollection services) => services.AddScoped<ProgrammeEventService>();

    public static IEndpointRouteBuilder MapProgramme(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/programme/events").WithTags("Programme events")
            .RequireAuthorization(Policies.ProgrammeUsers);
        g.MapPost("/", async Task<Results<Created<ProgrammeEventResponse>, ValidationProblem, ProblemHttpResult>> (
                ProgrammeEventRequest body, ProgrammeEventService s, CancellationToken ct) =>
                (await s.CreateAsync(body, ct)).ToCreated(e => $"/api/programme/events/{e.Id}"))
            .WithName("CreateProgrammeEvent").WithSummary("Record a conference, workshop, training or exhibition").ProducesValidationProblem();
        g.MapPut("/{id:int}", async Task<Results<Ok<ProgrammeEventResponse>, ValidationProblem, ProblemHttpResult>> (
                int id, ProgrammeEventRequest body, ProgrammeEventService s, CancellationToken ct) => (await s.UpdateAsync(id, body, ct)).ToOk())
            .WithName("UpdateProgrammeEvent").WithSummary("Replace an event's fields").ProducesValidationProblem();
        g.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, ProgrammeEventService s, CancellationToken ct) =>
                await s.DeleteAsync(id, ct) ? TypedResults.NoContent() : Problems.NotFound(ProgrammeEventService.NotFound(id)))
            .WithName("DeleteProgrammeEvent").WithSummary("Delete an event");
        g.MapGet("/{id:int}", async Task<Results<Ok<ProgrammeEventResponse>, ProblemHttpResult>> (int id, ProgrammeEventService s, CancellationToken ct) =>
                await s.GetAsync(id, ct) is { } e ? TypedResults.Ok(e) : Problems.NotFound(ProgrammeEventService.NotFound(id)))
            .WithName("GetProgrammeEvent").WithSummary("One event");
        g.MapGet("/", List).WithName("ListProgrammeEvents").WithSummary("Events, optionally of one year (of the date); ?format=csv|xlsx")
            .Produces<List<ProgrammeEventResponse>>().Produces(200, contentType: TableFile.CsvType).Produces(200, contentType: TableFile.XlsxType)
            .ProducesValidationProblem();
        return routes;
    }

    private static async Task<IResult> List(ProgrammeEventService s, CancellationToken ct, string? year = null, string? format = null)
    {
        var errors = new FieldErrors();
        var y = CourseRules.ParseYear(year, required: false, errors);
        var fmt = TableFile.Format(format);
        if (fmt is null) errors.Add("format", Message.Of("filter.format.invalid", ("allowed", new[] { "json", "csv", "xlsx" })));
        if (errors.Count > 0) return Problems.Validation(errors);
        var items = await s.ListAsync(y, ct);
        if (fmt == "json") return TypedResults.Ok(items);
        var table = new Table("programme-events", ["id", "kind", "topic", "title", "date", "commune", "district", "participants", "funding_source", "cost_vnd"],
            items.Select(e => new object?[] { e.Id, e.Kind, e.Topic, e.Title, e.Date, e.Commune, e.District, e.Participants, e.FundingSource, e.CostVnd }).ToList());
        return fmt == "csv"
            ? TypedResults.File(TableFile.Csv(table), TableFile.CsvType, "programme-events.csv")
            : TypedResults.File(TableFile.Xlsx(table), TableFile.XlsxType, "programme-events.xlsx");
    }
}
