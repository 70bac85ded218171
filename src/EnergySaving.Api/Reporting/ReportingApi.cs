using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Spreadsheets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Reporting;

public static class ReportingApi
{
    public static void MapReporting(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/reporting/completeness", Completeness).RequireAuthorization(Policies.ConsumptionUsers)
            .WithTags("Data quality").WithName("Completeness")
            .WithSummary("Per facility and month of a year: reported, late, missing or not-due (reporters: own facilities); ?format=csv|xlsx");
    }

    private static readonly ExportColumn<CompletenessItem>[] Columns =
    [
        new("facility_id", i => i.FacilityId), new("code", i => i.Code), new("name", i => i.Name),
        .. Enumerable.Range(0, 12).Select(m => new ExportColumn<CompletenessItem>($"m{m + 1:00}", i => i.Months[m])),
    ];

    public static async Task<Results<Ok<CompletenessResponse>, FileContentHttpResult, ValidationProblem>> Completeness(
        ClaimsPrincipal user, EnergySavingDbContext db, CompletenessQuery query, CancellationToken ct, int? year = null, string? format = null)
    {
        if (year is not { } y || y is < 1990 or > 9999) return Problems.Field("year", AnnualReports.AnnualReportsApi.YearRequired());
        if (ListExport.CheckFormat(format) is { } bad) return bad;
        var ids = user.IsReporterOnly() ? await db.VisibleFacilities(user).Select(f => f.Id).ToListAsync(ct) : null;
        var response = await query.GetAsync(y, ids, ct);
        return format is "csv" or "xlsx" ? ListExport.File(format, $"completeness-{y}", response.Items, Columns) : TypedResults.Ok(response);
    }
}
