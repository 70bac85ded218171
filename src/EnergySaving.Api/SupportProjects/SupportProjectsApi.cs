using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Reports;
using EnergySaving.Api.Training;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.SupportProjects;

/// <summary>/api/support-projects and /api/support-caps: thin handlers over <see cref="SupportProjectService"/>, <see cref="VerifiedSavings"/> and <see cref="SupportCaps"/>.</summary>
public static class SupportProjectsApi
{
    public static IServiceCollection AddSupportProjects(this IServiceCollection services) =>
        services.AddScoped<SupportCaps>().AddScoped<SupportProjectService>().AddScoped<VerifiedSavings>();

    public static IEndpointRouteBuilder MapSupportProjects(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/support-projects").WithTags("Support projects").RequireAuthorization(Policies.ConsumptionUsers);
        g.MapPost("/", Create).RequireAuthorization(Policies.CenterStaff).WithName("CreateSupportProject")
            .WithSummary("Register a support project (admin, analyst); 400 naming the cap and its source when the support exceeds it")
            .ProducesValidationProblem();
        g.MapPut("/{id:int}", Update).RequireAuthorization(Policies.CenterStaff).WithName("UpdateSupportProject")
            .WithSummary("Replace a project's fields while proposed or approved (409 afterwards)").ProducesValidationProblem();
        g.MapPost("/{id:int}/status", ChangeStatus).RequireAuthorization(Policies.CenterStaff).WithName("ChangeSupportProjectStatus")
            .WithSummary("Move a project: proposed → approved → implemented (with the works' months) → accepted → settled; proposed or approved → cancelled; any other move 409")
            .ProducesValidationProblem();
        g.MapGet("/", List).WithName("ListSupportProjects")
            .WithSummary("Support projects, filtered by year, facility, status, kind; ?format=csv|xlsx; reporters see their own facilities' projects")
            .Produces<List<SupportProjectResponse>>().Produces(200, contentType: TableFile.CsvType).Produces(200, contentType: TableFile.XlsxType)
            .ProducesValidationProblem();
        g.MapGet("/{id:int}", Get).WithName("GetSupportProject").WithSummary("One project with its history");
        g.MapGet("/{id:int}/savings", Savings).WithName("GetSupportProjectSavings")
            .WithSummary("Savings verified as IPMVP Option C: baseline on the 12 months before the works, works excluded, up to ?months= (≤ 36) after")
            .ProducesValidationProblem();

        g.MapGet("/{id:int}/savings.png", SavingsChart).WithName("GetSupportProjectSavingsChart")
            .WithSummary("The savings as a PNG chart: expected against actual TOE, month by month after the works (404 before any month is verified)");

        var caps = routes.MapGroup("/api/support-caps").WithTags("Support projects").RequireAuthorization(Policies.CenterStaff);
        caps.MapGet("/", async (SupportCaps s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithName("ListSupportCaps").WithSummary("The dated caps on support by kind, with their legal source");
        caps.MapPost("/", CreateCap).RequireAuthorization(Policies.Admin).WithName("CreateSupportCap")
            .WithSummary("Add a cap valid from a date (admin): a new decree needs no release").ProducesValidationProblem();
        caps.MapPut("/{id:int}", UpdateCap).RequireAuthorization(Policies.Admin).WithName("UpdateSupportCap")
            .WithSummary("Correct a cap (admin)").ProducesValidationProblem();
        return routes;
    }

    private static async Task<Results<Created<SupportProjectResponse>, ValidationProblem, ProblemHttpResult>> Create(
        SupportProjectRequest body, SupportProjectService s, ClaimsPrincipal user, CancellationToken ct) =>
        (await s.CreateAsync(body, user, ct)).ToCreated(p => $"/api/support-projects/{p.Id}");

    private static async Task<Results<Ok<SupportProjectResponse>, ValidationProblem, ProblemHttpResult>> Update(int id, SupportProjectRequest body, SupportProjectService s, ClaimsPrincipal user, CancellationToken ct) =>
        (await s.UpdateAsync(id, body, user, ct)).ToOk();

    private static async Task<Results<Ok<SupportProjectResponse>, ValidationProblem, ProblemHttpResult>> ChangeStatus(int id, StatusChangeRequest body, SupportProjectService s, ClaimsPrincipal user, CancellationToken ct) =>
        (await s.ChangeStatusAsync(id, body, user, ct)).ToOk();

    private static async Task<Results<Ok<SupportProjectResponse>, ValidationProblem, ProblemHttpResult>> Get(int id, SupportProjectService s, ClaimsPrincipal user, CancellationToken ct) =>
        (await s.GetAsync(id, user, ct)).ToOk();

    private static async Task<Results<Ok<ProjectSavingsResponse>, ValidationProblem, ProblemHttpResult>> Savings(
        int id, VerifiedSavings s, ClaimsPrincipal user, CancellationToken ct, string? months = null)
    {
        int? m = null;
        if (!string.IsNullOrEmpty(months))
        {
            if (!int.TryParse(months, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
                return Problems.Field("months", Message.Of("support.savings.months-invalid", ("max", VerifiedSavings.MaxMonths)));
            m = value;
        }
        return (await s.ForProjectAsync(id, m, user, ct)).ToOk();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SavingsChart(
        int id, VerifiedSavings s, ClaimsPrincipal user, CancellationToken ct)
    {
        var o = await s.ForProjectAsync(id, null, user, ct);
        if (o.Value is not { } savings) return Problems.Of(o.Refusal!.Status, o.Refusal.Detail ?? SupportProjectService.NotFound(id));
        if (savings.Months.Count == 0) return Problems.NotFound(Message.Of("support.savings.no-chart-month", ("id", id), ("status", savings.Status)));
        var png = ReportCharts.Paired($"Dự án {id}: năng lượng dự kiến và thực tế", "TOE", savings.Months.Select(m => m.Month).ToList(),
            "Dự kiến (đường cơ sở)", savings.Months.Select(m => m.ExpectedToe).ToArray(), "Thực tế", savings.Months.Select(m => m.ActualToe).ToArray());
        return TypedResults.File(png, "image/png");
    }

    private static async Task<IResult> List(SupportProjectService s, ClaimsPrincipal user, CancellationToken ct,
        string? year = null, string? facilityId = null, string? status = null, string? kind = null, string? format = null)
    {
        var errors = new FieldErrors();
        var y = CourseRules.ParseYear(year, required: false, errors);
        int? facility = null;
        if (!string.IsNullOrEmpty(facilityId))
        {
            if (int.TryParse(facilityId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var f)) facility = f;
            else errors.Add("facilityId", Message.Of("support.filter.facility-invalid"));
        }
        var fmt = TableFile.Format(format);
        if (fmt is null) errors.Add("format", Message.Of("filter.format.invalid", ("allowed", new[] { "json", "csv", "xlsx" })));
        if (errors.Count > 0) return Problems.Validation(errors);
        var o = await s.ListAsync(new SupportProjectFilter(y, facility, status, kind), user, ct);
        if (!o.IsOk) return o.Failure();
        if (fmt == "json") return TypedResults.Ok(o.Value);
        var table = new Table("support-projects",
            ["id", "facility_code", "facility_name", "year", "kind", "funding_source", "title", "total_cost_vnd", "support_vnd", "status", "implemented_from", "implemented_to"],
            o.Value!.Select(p => new object?[] { p.Id, p.FacilityCode, p.FacilityName, p.Year, p.Kind, p.FundingSource, p.Title,
                p.TotalCostVnd, p.SupportVnd, p.Status, p.ImplementedFrom, p.ImplementedTo }).ToList());
        return fmt == "csv"
            ? TypedResults.File(TableFile.Csv(table), TableFile.CsvType, "support-projects.csv")
            : TypedResults.File(TableFile.Xlsx(table), TableFile.XlsxType, "support-projects.xlsx");
    }

    private static async Task<Results<Created<SupportCapResponse>, ValidationProblem, ProblemHttpResult>> CreateCap(
        SupportCapRequest body, SupportCaps s, CancellationToken ct) =>
        (await s.CreateAsync(body, ct)).ToCreated(c => $"/api/support-caps/{c.Id}");

    private static async Task<Results<Ok<SupportCapResponse>, ValidationProblem, ProblemHttpResult>> UpdateCap(int id, SupportCapRequest body, SupportCaps s, CancellationToken ct) =>
        (await s.UpdateAsync(id, body, ct)).ToOk();
}
