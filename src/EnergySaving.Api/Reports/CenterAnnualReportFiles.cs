using System.Globalization;
using EnergySaving.Api.Common.Messages;

namespace EnergySaving.Api.Reports;

/// <summary>The center's annual report as a Vietnamese Word document (tables and server-drawn charts) and as an xlsx workbook (one sheet per section).</summary>
public static class CenterAnnualReportFiles
{
    // The report is the center's Vietnamese document: its numbers and its names are Vietnamese whatever the request's language.
    private static readonly CultureInfo Vi = WebCultures.Vi;

    /// <summary>The Vietnamese name of a code of <paramref name="kind"/> (carrier, sector, status…) from the catalogue, as pages show it.</summary>
    private static string Name(string kind, string? code) => code is null ? "" : MessageText.Name(kind, code, Vi);

    /// <summary>A name at the start of a table cell: its first letter capital ("đã phê duyệt" → "Đã phê duyệt").</summary>
    private static string Cell(string kind, string? code) =>
        Name(kind, code) is { Length: > 0 } n ? char.ToUpper(n[0], Vi) + n[1..] : "";

    private static string N(long v) => v.ToString("N0", Vi);
    private static string N(int v) => v.ToString("N0", Vi);
    private static string Toe(double v) => v.ToString("N1", Vi);
    private static string Pct(double? v) => v is { } x ? (x * 100).ToString("N1", Vi) + " %" : "";

    public static byte[] Docx(CenterAnnualReport r)
    {
        using var w = new WordDocument();
        w.Title($"BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHUYẾN CÔNG VÀ TIẾT KIỆM NĂNG LƯỢNG NĂM {r.Year}");
        w.Paragraph("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp. Số liệu lấy từ hệ thống EnergySaving.", italic: true);

        w.Heading("1. Hội nghị tuyên truyền, tập huấn");
        var eventsTotal = r.Events.Sum(e => e.Count);
        w.Paragraph($"Năm {r.Year}, Trung tâm tổ chức {eventsTotal} hội nghị, hội thảo, tập huấn với {N(r.Events.Sum(e => e.Participants))} lượt đại biểu tham dự.");
        w.Table(["Hình thức", "Chủ đề", "Số cuộc", "Số người tham dự"],
            r.Events.Select(e => (IReadOnlyList<string>)[Cell("event-kind", e.Kind), Cell("topic", e.Topic), N(e.Count), N(e.Participants)]));
        if (r.EventItems.Count > 0)
        {
            w.Heading("Danh sách hoạt động", 2);
            w.Table(["Ngày", "Tên hoạt động", "Huyện / xã", "Người tham dự"],
                r.EventItems.Select(e => (IReadOnlyList<string>)[e.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), e.Title,
                    string.Join(", ", new[] { e.District, e.Commune }.Where(x => !string.IsNullOrEmpty(x))), N(e.Participants)]));
        }

        w.Heading("2. Đào tạo người quản lý năng lượng");
        var t = r.Training;
        w.Paragraph($"Tổ chức {t.Courses} khoá đào tạo cho {t.Participants} học viên là cán bộ của {t.Facilities} cơ sở; {t.Certified} học viên được cấp chứng chỉ.");
        w.Table(["Loại khoá học", "Số khoá", "Số học viên"],
            t.ByKind.Where(k => k.Courses > 0).Select(k => (IReadOnlyList<string>)[Cell("kind", k.Kind), N(k.Courses), N(k.Participants)])
                .Append(["Tổng", N(t.Courses), N(t.Participants)]));
        w.Table(["Chỉ tiêu", "Số lượng"], [["Khoá học", N(t.Courses)], ["Học viên", N(t.Participants)], ["Cơ sở cử học viên", N(t.Facilities)], ["Học viên được cấp chứng chỉ", N(t.Certified)]]);
        w.Picture(ReportCharts.Bars("Đào tạo năm " + r.Year, "Số lượng",
            [("Khoá học", t.Courses), ("Học viên", t.Participants), ("Cơ sở", t.Facilities), ("Chứng chỉ", t.Certified)]),
            ReportCharts.Width, ReportCharts.Height, "training-chart");

        w.Heading("3. Hỗ trợ các dự án khuyến công và tiết kiệm năng lượng");
        var s = r.Support;
        w.Paragraph($"{s.Projects} dự án, tổng kinh phí {N(s.TotalCostVnd)} đồng, trong đó hỗ trợ {N(s.SupportVnd)} đồng. " +
            $"Tiết kiệm đã kiểm chứng (IPMVP phương án C): {Toe(s.VerifiedSavedToe)} TOE ở {s.VerifiedProjects} dự án.");
        w.Heading("Theo nguồn kinh phí", 2);
        w.Table(["Nguồn kinh phí", "Số dự án", "Kinh phí hỗ trợ (đồng)"],
            s.ByFundingSource.Select(f => (IReadOnlyList<string>)[Cell("funding", f.FundingSource), N(f.Projects), N(f.SupportVnd)]));
        w.Heading("Theo nội dung hỗ trợ", 2);
        w.Table(["Nội dung", "Số dự án", "Kinh phí hỗ trợ (đồng)"],
            s.ByKind.Select(k => (IReadOnlyList<string>)[Cell("project-kind", k.Kind), N(k.Projects), N(k.SupportVnd)]));
        w.Heading("Danh sách dự án", 2);
        w.Table(["Cơ sở", "Nội dung", "Nguồn", "Hỗ trợ (đồng)", "Trạng thái", "Tiết kiệm (TOE)"],
            s.Items.Select(p => (IReadOnlyList<string>)[p.FacilityName, Cell("project-kind", p.Kind), Cell("funding", p.FundingSource), N(p.SupportVnd),
                Cell("project-status", p.Status), p.SavedToe is { } st ? $"{Toe(st)} ({Pct(p.SavedFraction)})" : Cell("savings", p.SavingsStatus)]));
        var verified = s.Items.Where(p => p.SavedToe is not null).ToList();
        if (verified.Count > 0)
            w.Picture(ReportCharts.Bars("Tiết kiệm năng lượng đã kiểm chứng", "TOE", verified.Select(p => (p.FacilityCode, p.SavedToe!.Value)).ToList()),
                ReportCharts.Width, ReportCharts.Height, "savings-chart");

        w.Heading("4. Cơ sở sử dụng năng lượng trọng điểm");
        w.Table(["Chỉ tiêu", "Số cơ sở"], [["Cơ sở trọng điểm năm " + r.Year, N(r.KeyFacilities.Count)],
            ["Mới vào danh sách", N(r.KeyFacilities.New)], ["Ra khỏi danh sách so với năm " + (r.Year - 1), N(r.KeyFacilities.Dropped)]]);

        w.Heading("5. Cơ sở đề xuất hỗ trợ (công nghiệp, dưới 1.000 TOE)");
        w.Table(["Chỉ tiêu", "Số cơ sở"], [["Cơ sở đủ điều kiện đề xuất hỗ trợ", N(r.Candidates.Count)]]);

        w.Heading("6. Tiêu thụ năng lượng theo ngành và loại nhiên liệu");
        var c = r.Consumption;
        w.Paragraph($"Tổng tiêu thụ năng lượng đã báo cáo: {Toe(c.TotalToe)} TOE.");
        w.Table(["Ngành", "TOE", "Tỷ trọng"],
            c.BySector.Select(x => (IReadOnlyList<string>)[Cell("sector", x.Sector), Toe(x.Toe), Pct(c.TotalToe > 0 ? x.Toe / c.TotalToe : null)]));
        w.Table(["Loại năng lượng", "TOE", "Tỷ trọng"],
            c.ByCarrier.Select(x => (IReadOnlyList<string>)[Cell("carrier", x.Carrier), Toe(x.Toe), Pct(c.TotalToe > 0 ? x.Toe / c.TotalToe : null)]));
        if (c.BySector.Count > 0)
            w.Picture(ReportCharts.Bars($"Tiêu thụ năng lượng năm {r.Year} theo ngành", "TOE", c.BySector.Select(x => (Cell("sector", x.Sector), x.Toe)).ToList()),
                ReportCharts.Width, ReportCharts.Height, "consumption-chart");

        w.Heading("7. Báo cáo năm (Mẫu 1.1) của cơ sở trọng điểm");
        var a = r.AnnualReports;
        w.Table(["Tình trạng", "Số cơ sở"],
            [["Chưa nộp", N(a.NotSubmitted)], ["Đã nộp, chờ xem xét", N(a.Submitted)], ["Trả lại để sửa", N(a.Returned)], ["Đã chấp nhận", N(a.Accepted)],
             ["Quá hạn nộp", N(a.Overdue)], ["Quá hạn xem xét", N(a.ReviewOverdue)]]);
        return w.ToArray();
    }

    public static byte[] Xlsx(CenterAnnualReport r)
    {
        var t = r.Training;
        var s = r.Support;
        return TableFile.Xlsx(
            new Table("events", ["kind", "topic", "count", "participants"], r.Events.Select(e => new object?[] { e.Kind, e.Topic, e.Count, e.Participants }).ToList()),
            new Table("training", ["year", "courses", "participants", "facilities", "certified"], [[t.Year, t.Courses, t.Participants, t.Facilities, t.Certified]]),
            new Table("support", ["id", "facility_code", "facility_name", "kind", "funding_source", "title", "status", "total_cost_vnd", "support_vnd", "savings_status", "saved_toe", "saved_fraction"],
                s.Items.Select(p => new object?[] { p.Id, p.FacilityCode, p.FacilityName, p.Kind, p.FundingSource, p.Title, p.Status, p.TotalCostVnd, p.SupportVnd, p.SavingsStatus, p.SavedToe, p.SavedFraction }).ToList()),
            new Table("support-by-source", ["funding_source", "projects", "support_vnd"], s.ByFundingSource.Select(f => new object?[] { f.FundingSource, f.Projects, f.SupportVnd }).ToList()),
            new Table("key-facilities", ["year", "count", "new", "dropped"], [[r.Year, r.KeyFacilities.Count, r.KeyFacilities.New, r.KeyFacilities.Dropped]]),
            new Table("candidates", ["year", "count"], [[r.Year, r.Candidates.Count]]),
            new Table("consumption-by-sector", ["sector", "toe"], r.Consumption.BySector.Select(x => new object?[] { x.Sector, x.Toe }).ToList()),
            new Table("consumption-by-carrier", ["carrier", "toe"], r.Consumption.ByCarrier.Select(x => new object?[] { x.Carrier, x.Toe }).ToList()),
            new Table("annual-reports", ["not_submitted", "submitted", "returned", "accepted", "overdue", "review_overdue"],
                [[r.AnnualReports.NotSubmitted, r.AnnualReports.Submitted, r.AnnualReports.Returned, r.AnnualReports.Accepted, r.AnnualReports.Overdue, r.AnnualReports.ReviewOverdue]]));
    }
}
