using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Consumption.Imports;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Spreadsheets;

public static class SpreadsheetsApi
{
    public static void MapSpreadsheets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/consumption/imports/template.xlsx", Template).RequireAuthorization(Policies.CenterStaff)
            .WithTags("Monthly consumption").WithName("ImportTemplate")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .WithSummary("The import header and one row per month of the year and per carrier the facility reported the year before, ready to fill");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Template(
        EnergySavingDbContext db, CancellationToken ct, int? facilityId = null, int? year = null)
    {
        var errors = new FieldErrors();
        if (facilityId is null) errors.Add("facilityId", Message.Of("import-template.facility.required"));
        if (year is not { } y || y is < 1991 or > 9999) errors.Add("year", Message.Of("import-template.year.required", ("earliest", 1991), ("latest", 9999)));
        if (errors.Count > 0) return Problems.Validation(errors);
        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == facilityId, ct);
        if (facility is null) return Problems.NotFound(Consumption.MonthReporter.FacilityNotFound(facilityId!.Value));

        var from = new DateOnly(year!.Value - 1, 1, 1);
        var to = new DateOnly(year.Value - 1, 12, 1);
        var used = await db.Database.SqlQuery<CarrierUnit>($"""
            SELECT DISTINCT e.carrier AS "Carrier", e.unit AS "Unit"
            FROM consumption_months m, unnest(m.carriers, m.units) AS e(carrier, unit)
            WHERE m.facility_id = {facilityId} AND m.month BETWEEN {from} AND {to}
            """).ToListAsync(ct);
        // The unit used most recently per carrier would be nicer; every (carrier, unit) pair keeps what the bills say.
        var lines = used.Count > 0 ? used.OrderBy(u => u.Carrier, StringComparer.Ordinal).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList()
            : [new CarrierUnit("", "")];
        var rows = new List<Dictionary<string, object?>>();
        for (var m = 1; m <= 12; m++)
            foreach (var line in lines)
                rows.Add(new Dictionary<string, object?>
                {
                    ["facility_code"] = SpreadsheetCells.Neutralise(facility.Code),
                    ["month"] = Month.Format(new DateOnly(year.Value, m, 1)),
                    ["carrier"] = line.Carrier,
                    ["quantity"] = null,
                    ["unit"] = SpreadsheetCells.Neutralise(line.Unit),
                    ["production_quantity"] = null,
                    ["production_unit"] = SpreadsheetCells.Neutralise(facility.ProductionUnit),
                });
        return TypedResults.File(ListExport.Xlsx([("consumption", rows)]), ListExport.XlsxType, $"consumption-{facility.Code}-{year}.xlsx");
    }

    private sealed record CarrierUnit(string Carrier, string Unit);
}
