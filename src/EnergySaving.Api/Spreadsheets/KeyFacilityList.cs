using EnergySaving.Api.Baselines;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Spreadsheets;

/// <summary>On the previous year's list of key facilities and not on this one; annualToe is this year's total when known.</summary>
public sealed record DroppedItem(int FacilityId, string Code, string Name, double? AnnualToe);

/// <summary>
/// The draft list of key facilities that the People's Committee approves before 31 March: the year's
/// key facilities with "new" or "kept", and a sheet of those dropped since the previous year.
/// </summary>
public static class KeyFacilityList
{
    public static async Task<List<DroppedItem>> DroppedAsync(EnergySavingDbContext db, int year, CancellationToken ct)
    {
        var rows = await (from before in db.AnnualFlags
                join f in db.Facilities on before.FacilityId equals f.Id
                where before.Year == year - 1 && before.IsKey
                      && !db.AnnualFlags.Any(now => now.Year == year && now.FacilityId == before.FacilityId && now.IsKey)
                select new { f.Id, f.Code, f.Name, Toe = db.AnnualFlags.Where(now => now.Year == year && now.FacilityId == f.Id).Select(now => (double?)now.AnnualToe).FirstOrDefault() })
            .AsNoTracking().ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new DroppedItem(r.Id, r.Code, r.Name, r.Toe)).ToList();
    }

    private static readonly ExportColumn<KeyFacilityItem>[] Columns =
    [
        new("Mã cơ sở (code)", i => i.Code), new("Tên cơ sở (name)", i => i.Name), new("Lĩnh vực (sector)", i => i.Sector),
        new("Năng lượng tiêu thụ, TOE (annual_toe)", i => i.AnnualToe), new("Ngưỡng, TOE (threshold)", i => i.Threshold),
        new("Mới / tiếp tục (new / kept)", i => i.NewThisYear ? "mới (new)" : "tiếp tục (kept)"), new("facility_id", i => i.FacilityId),
    ];

    private static readonly ExportColumn<DroppedItem>[] DroppedColumns =
    [
        new("Mã cơ sở (code)", i => i.Code), new("Tên cơ sở (name)", i => i.Name),
        new("Năng lượng tiêu thụ năm nay, TOE (annual_toe)", i => i.AnnualToe), new("facility_id", i => i.FacilityId),
    ];

    public static FileContentHttpResult File(string format, KeyFacilitiesResponse list) =>
        format == "csv"
            ? TypedResults.File(ListExport.Csv(list.Items, Columns), "text/csv; charset=utf-8", $"key-facilities-{list.Year}.csv")
            : TypedResults.File(ListExport.Xlsx([
                    ($"Danh sach {list.Year}", ListExport.Table(list.Items, Columns)),
                    ("Ra khoi danh sach", ListExport.Table(list.Dropped, DroppedColumns))]),
                ListExport.XlsxType, $"key-facilities-{list.Year}.xlsx");

    private static readonly ExportColumn<CandidateItem>[] CandidateColumns =
    [
        new("facility_id", i => i.FacilityId), new("code", i => i.Code), new("name", i => i.Name), new("sector", i => i.Sector),
        new("industry", i => i.Industry), new("annual_toe", i => i.AnnualToe), new("score", i => i.Score),
        new("estimated_savings_toe", i => i.EstimatedSavingsToe), new("reasons", i => string.Join(" | ", i.Reasons)),
    ];

    public static FileContentHttpResult Candidates(string format, CandidatesResponse list) =>
        ListExport.File(format, $"support-candidates-{list.Year}", list.Items, CandidateColumns);
}

/// <summary>?format=csv|xlsx of the facility list (the same page as the JSON).</summary>
public static class FacilityListExport
{
    private static readonly ExportColumn<Facilities.FacilityResponse>[] Columns =
    [
        new("id", f => f.Id), new("code", f => f.Code), new("name", f => f.Name), new("sector", f => f.Sector),
        new("industry", f => f.Industry), new("production_unit", f => f.ProductionUnit), new("province", f => f.Province),
        new("district", f => f.District), new("commune", f => f.Commune), new("address", f => f.Address),
        new("tax_code", f => f.TaxCode), new("weather_station", f => f.WeatherStation),
    ];

    public static FileContentHttpResult File(string format, IReadOnlyList<Facilities.FacilityResponse> items) =>
        ListExport.File(format, "facilities", items, Columns);
}
