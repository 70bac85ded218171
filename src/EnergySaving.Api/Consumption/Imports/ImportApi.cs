using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using EnergySaving.Api.Common.Messages;

namespace EnergySaving.Api.Consumption.Imports;

public static class ImportApi
{
    /// <summary>A province's whole history fits: 1 GiB of CSV (about 20 million rows).</summary>
    public const long MaxImportBytes = 1L << 30;

    public static void MapConsumptionImports(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/consumption/imports", Import)
            .RequireAuthorization(Policies.CenterStaff)
            .WithTags("Monthly consumption")
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .Accepts<string>("text/csv", Spreadsheets.ListExport.XlsxType)
            .WithName("ImportConsumption")
            .WithSummary("Import a CSV of monthly consumption (admin, analyst): all rows or none")
            .WithDescription("Header: facility_code,month,carrier,quantity,unit,production_quantity,production_unit (one row per carrier; production may be empty). " +
                             "Any bad row gives 400 listing every bad row and column, and nothing is written. Streams through PostgreSQL COPY. Blank lines are skipped. " +
                             EnergySaving.Core.Energy.ToeConverter.MonthlyLimitText);
    }

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> Import(
        HttpRequest request, ClaimsPrincipal user, ConsumptionCsvImporter importer, Spreadsheets.XlsxConsumptionImport xlsx, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        var isXlsx = string.Equals(mediaType, Spreadsheets.ListExport.XlsxType, StringComparison.OrdinalIgnoreCase);
        if (!isXlsx && !string.Equals(mediaType, "text/csv", StringComparison.OrdinalIgnoreCase))
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, Message.Of("import.content-type.unsupported"));

        var result = isXlsx
            ? await xlsx.ImportAsync(request.Body, SubmittedBy.Of(user), ct)
            : await importer.ImportAsync(request.Body, SubmittedBy.Of(user), ct, request.ContentLength);
        if (result.Summary is { } summary) return TypedResults.Ok(summary);
        var detail = result.Errors.Count >= ConsumptionCsvImporter.MaxListedErrors
            ? Message.Of("import.rejected.first-listed", ("badRows", result.BadRows), ("listed", ConsumptionCsvImporter.MaxListedErrors))
            : Message.Of("import.rejected", ("badRows", result.BadRows));
        var extensions = Problems.CodeOf(detail);
        extensions["errors"] = result.Errors;
        return TypedResults.Problem(detail.Render(), statusCode: StatusCodes.Status400BadRequest, title: "The import was rejected", extensions: extensions);
    }
}
