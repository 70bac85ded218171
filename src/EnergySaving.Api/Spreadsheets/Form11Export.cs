using System.Security.Claims;
using EnergySaving.Api.AnnualReports;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Web;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace EnergySaving.Api.Spreadsheets;

/// <summary>
/// The submitted annual report laid out like Form 1.1 (Appendix I, Circular 25/2020/TT-BCT): the
/// facility's identification, each carrier in its own unit and in TOE, production and SEC, total TOE.
/// Figures come from the submission's snapshot, never recomputed.
/// </summary>
public static class Form11Export
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(
        int id, int year, ClaimsPrincipal user, AnnualReportService service, EnergySavingDbContext db, CancellationToken ct)
    {
        if ((await service.GetAsync(user, id, year, ct)).Value is not { } report)
            return Problems.NotFound(AnnualReportService.ReportNotFound(id, year));
        var facility = await db.Facilities.AsNoTracking().FirstAsync(f => f.Id == id, ct);
        return TypedResults.File(Build(facility, report), ListExport.XlsxType, $"form-1-1-{facility.Code}-{year}.xlsx");
    }

    public static byte[] Build(Facility f, AnnualReportDto r)
    {
        var rows = new List<Dictionary<string, object?>>();
        void Row(params object?[] cells) =>
            rows.Add(cells.Select((c, i) => (Key: ((char)('A' + i)).ToString(), Value: c is string s ? SpreadsheetCells.Neutralise(s) : c))
                .ToDictionary(x => x.Key, x => x.Value));

        Row("BÁO CÁO TÌNH HÌNH SỬ DỤNG NĂNG LƯỢNG NĂM " + r.Year, null, null, null);
        Row("(Mẫu 1.1, Phụ lục I, Thông tư 25/2020/TT-BCT)", null, null, null);
        Row("I. Thông tin cơ sở", null, null, null);
        Row("Tên cơ sở", f.Name, null, null);
        Row("Mã cơ sở", f.Code, null, null);
        Row("Mã số thuế", f.TaxCode, null, null);
        Row("Địa chỉ", string.Join(", ", new[] { f.Address, f.Commune, f.District, f.Province }.Where(x => !string.IsNullOrWhiteSpace(x))), null, null);
        Row("Ngành", f.Industry ?? MessageText.Name("sector", SectorNames.ToApi(f.Sector), WebCultures.Vi), null, null);
        Row("Lần nộp", r.Submission, null, null);
        Row("Trạng thái", MessageText.Name("report-status", r.Status, WebCultures.Vi), null, null);
        Row("II. Tiêu thụ năng lượng", null, null, null);
        Row("Loại nhiên liệu, năng lượng", "Đơn vị", "Lượng tiêu thụ", "Quy đổi (TOE)");
        foreach (var c in r.ByCarrier) Row(c.Carrier, c.Unit, c.Quantity, c.Toe);
        Row("Tổng năng lượng tiêu thụ (TOE)", "TOE", null, r.TotalToe);
        Row("III. Sản phẩm và suất tiêu hao năng lượng", null, null, null);
        Row("Sản lượng", r.Production?.Unit, r.Production?.Quantity, null);
        Row("Suất tiêu hao năng lượng (SEC)", r.Sec?.Unit, r.Sec?.Value, null);
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false, sheetName: "Mau 1.1");
        return stream.ToArray();
    }
}
