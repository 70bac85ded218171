using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Training;

namespace EnergySaving.Api.Reports;

/// <summary>GET /api/reports/center-annual?year=&amp;format=json|docx|xlsx (admin, analyst).</summary>
public static class ReportsApi
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IServiceCollection AddCenterAnnualReport(this IServiceCollection services) => services.AddScoped<CenterAnnualReportService>();

    public static IEndpointRouteBuilder MapCenterAnnualReport(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/reports/center-annual", Get).WithTags("Reports").RequireAuthorization(Policies.CenterStaff)
            .WithName("CenterAnnualReport")
            .WithSummary("The center's annual report: events, training, support projects and verified savings, key facilities, candidates, consumption; ?format=docx|xlsx")
            .Produces<CenterAnnualReport>().Produces(200, contentType: DocxType).Produces(200, contentType: TableFile.XlsxType).ProducesValidationProblem();
        return routes;
    }

    private static async Task<IResult> Get(CenterAnnualReportService service, CancellationToken ct, string? year = null, string? format = null)
    {
        var errors = new FieldErrors();
        var parsed = CourseRules.ParseYear(year, required: true, errors);
        if (format is not (null or "" or "json" or "docx" or "xlsx"))
            errors.Add("format", Message.Of("filter.format.invalid", ("allowed", new[] { "json", "docx", "xlsx" })));
        if (errors.Count > 0 || parsed is not { } y) return Problems.Validation(errors);
        var report = await service.BuildAsync(y, ct);
        return format switch
        {
            "docx" => TypedResults.File(CenterAnnualReportFiles.Docx(report), DocxType, $"bao-cao-trung-tam-{y}.docx"),
            "xlsx" => TypedResults.File(CenterAnnualReportFiles.Xlsx(report), TableFile.XlsxType, $"bao-cao-trung-tam-{y}.xlsx"),
            _ => TypedResults.Ok(report),
        };
    }
}
