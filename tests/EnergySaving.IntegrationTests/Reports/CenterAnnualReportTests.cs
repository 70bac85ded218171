using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.SupportProjects;
using EnergySaving.IntegrationTests.Training;
using MiniExcelLibs;
using Npgsql;

namespace EnergySaving.IntegrationTests.Reports;

/// <summary>The center's annual report over a year this class writes by hand (its own database), every figure worked out here.</summary>
public sealed class CenterAnnualReportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Year = 2024;

    private async Task<(int Industry, int Building)> WriteYearAsync()
    {
        var admin = await api.AdminAsync();
        var industry = await api.CreateFacilityAsync("CAR-IND");
        var building = await api.CreateFacilityAsync("CAR-BLD", sector: "building", industry: null, productionUnit: null);
        var dropped = await api.CreateFacilityAsync("CAR-OLD");

        // 12 × 100,000 kWh × 0.0001543 = 185.16 TOE (industry, electricity); 12 × 10 toe = 120 TOE (building, other-energy).
        var csv = new StringBuilder("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n");
        for (var m = 1; m <= 12; m++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"CAR-IND,{Year}-{m:D2},electricity,100000,kWh,50,t\n");
            csv.Append(CultureInfo.InvariantCulture, $"CAR-BLD,{Year}-{m:D2},other-energy,10,toe,,\n");
            csv.Append(CultureInfo.InvariantCulture, $"CAR-OLD,{Year - 1}-{m:D2},other-energy,100,toe,,\n"); // another year: not counted
        }
        await admin.PostAsync("/api/consumption/imports", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);

        // Annual flags as a baseline run leaves them: CAR-OLD key in 2023 only (dropped), CAR-BLD key and new in 2024, CAR-IND a candidate.
        await SqlAsync("""
            INSERT INTO annual_flags (year, facility_id, annual_toe, months_reported, is_key, threshold, new_this_year, key_reason,
                                      is_candidate, candidate_insufficient_data, reasons, computed_at)
            VALUES (@y - 1, @old, 1200, 12, true, 1000, true, 'key', false, false, '[]', now()),
                   (@y, @old, 0, 0, false, 1000, false, 'not key', false, false, '[]', now()),
                   (@y, @bld, 520, 12, true, 500, true, 'key', false, false, '[]', now()),
                   (@y, @ind, 185.16, 12, false, 1000, false, 'not key', true, false, '[]', now())
            """, ("y", Year), ("old", dropped), ("bld", building), ("ind", industry));

        foreach (var (kind, topic, title, date, participants) in new[]
                 {
                     ("conference", "cleaner-production", "CP 1", "2024-03-05", 100), ("conference", "cleaner-production", "CP 2", "2024-04-05", 50),
                     ("training", "electrical-safety", "ES 1", "2024-05-05", 30), ("conference", "energy-efficiency", "EE 2023", "2023-12-31", 999),
                 })
            await admin.PostAsJsonAsync("/api/programme/events", new { kind, topic, title, date, district = "Đông Hưng", participants })
                .ExpectAsync(HttpStatusCode.Created);

        var course = await admin.CreateCourseAsync(TrainingRequests.Course(start: "2024-06-03", end: "2024-06-07"));
        await admin.EnrollAsync(course, "Nguyễn Văn An", industry);
        await admin.EnrollAsync(course, "Trần Thị Bình", building);
        await admin.EnrollAsync(course, "Lê Văn Cường", building);

        await admin.CreateProjectAsync(SupportRequests.Project(industry, "EQ-NAT", year: Year, kind: "equipment", fundingSource: "national", totalCostVnd: 600_000_000, supportVnd: 300_000_000));
        var cancelled = await admin.CreateProjectAsync(SupportRequests.Project(industry, "EQ-CANCELLED", year: Year, kind: "equipment", fundingSource: "national", totalCostVnd: 100_000_000, supportVnd: 50_000_000));
        await admin.MoveAsync(cancelled, "cancelled", "2024-02-01").ExpectAsync(HttpStatusCode.OK);
        await admin.CreateProjectAsync(SupportRequests.Project(building, "CONS-LOC", year: Year, kind: "consulting", fundingSource: "local", totalCostVnd: 150_000_000, supportVnd: 75_000_000));
        await admin.CreateProjectAsync(SupportRequests.Project(building, "NEXT-YEAR", year: Year + 1, kind: "consulting", fundingSource: "local", totalCostVnd: 150_000_000, supportVnd: 75_000_000));
        return (industry, building);
    }

    [Fact]
    public async Task The_year_in_json_docx_and_xlsx()
    {
        await WriteYearAsync();
        var analyst = await api.AsAsync("analyst");
        var r = await analyst.GetAsync($"/api/reports/center-annual?year={Year}").ExpectAsync(HttpStatusCode.OK);

        var events = r.GetProperty("events").EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("topic").GetString(),
            e.GetProperty("count").GetInt32(), e.GetProperty("participants").GetInt32())).ToList();
        Assert.Equal([("conference", "cleaner-production", 2, 150), ("training", "electrical-safety", 1, 30)], events);

        var training = r.GetProperty("training");
        Assert.Equal((1, 3, 2), (training.GetProperty("courses").GetInt32(), training.GetProperty("participants").GetInt32(), training.GetProperty("facilities").GetInt32()));

        var support = r.GetProperty("support");
        Assert.Equal(2, support.GetProperty("projects").GetInt32());
        Assert.Equal(375_000_000, support.GetProperty("supportVnd").GetInt64());
        Assert.Equal([("equipment", 1, 300_000_000L), ("consulting", 1, 75_000_000L)], support.GetProperty("byKind").EnumerateArray()
            .Select(k => (k.GetProperty("kind").GetString(), k.GetProperty("projects").GetInt32(), k.GetProperty("supportVnd").GetInt64())));
        Assert.Equal([("national", 1, 300_000_000L), ("local", 1, 75_000_000L)], support.GetProperty("byFundingSource").EnumerateArray()
            .Select(k => (k.GetProperty("fundingSource").GetString(), k.GetProperty("projects").GetInt32(), k.GetProperty("supportVnd").GetInt64())));
        Assert.Equal(0, support.GetProperty("verifiedSavedToe").GetDouble());

        var key = r.GetProperty("keyFacilities");
        Assert.Equal((1, 1, 1), (key.GetProperty("count").GetInt32(), key.GetProperty("new").GetInt32(), key.GetProperty("dropped").GetInt32()));
        Assert.Equal(1, r.GetProperty("candidates").GetProperty("count").GetInt32());

        // The status board's count, which reads the months (not the flags written above): CAR-OLD's 2023 months
        // make 12 × 100 = 1,200 TOE, a key facility of last year that must report; CAR-BLD's months are 120 TOE,
        // under the 500 TOE building threshold. Nothing submitted.
        var reports = r.GetProperty("annualReports");
        Assert.Equal((1, 0, 0, 0), (reports.GetProperty("notSubmitted").GetInt32(), reports.GetProperty("submitted").GetInt32(),
            reports.GetProperty("returned").GetInt32(), reports.GetProperty("accepted").GetInt32()));

        var consumption = r.GetProperty("consumption");
        Assert.Equal(305.16, consumption.GetProperty("totalToe").GetDouble(), 6);
        Assert.Equal([("industry", 185.16), ("building", 120.0)], consumption.GetProperty("bySector").EnumerateArray()
            .Select(s => (s.GetProperty("sector").GetString(), Math.Round(s.GetProperty("toe").GetDouble(), 6))));
        Assert.Equal([("electricity", 185.16), ("other-energy", 120.0)], consumption.GetProperty("byCarrier").EnumerateArray()
            .Select(s => (s.GetProperty("carrier").GetString(), Math.Round(s.GetProperty("toe").GetDouble(), 6))));

        var docx = await analyst.GetAsync($"/api/reports/center-annual?year={Year}&format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var doc = ReadBack.Of(await docx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["1. Hội nghị tuyên truyền, tập huấn", "2. Đào tạo người quản lý năng lượng", "3. Hỗ trợ các dự án khuyến công và tiết kiệm năng lượng",
            "4. Cơ sở sử dụng năng lượng trọng điểm", "5. Cơ sở đề xuất hỗ trợ (công nghiệp, dưới 1.000 TOE)", "6. Tiêu thụ năng lượng theo ngành và loại nhiên liệu",
            "7. Báo cáo năm (Mẫu 1.1) của cơ sở trọng điểm"], doc.Headings);
        Assert.Contains(doc.FirstColumnAndRows, row => row.SequenceEqual(["Chưa nộp", "1"]));
        Assert.Contains("cho 3 học viên là cán bộ của 2 cơ sở", doc.Text);
        Assert.Contains(doc.FirstColumnAndRows, row => row.SequenceEqual(["Hội nghị", "Sản xuất sạch hơn", "2", "150"]));
        Assert.Contains(doc.FirstColumnAndRows, row => row.SequenceEqual(["Khuyến công quốc gia", "1", "300.000.000"]));
        Assert.Contains(doc.FirstColumnAndRows, row => row.SequenceEqual(["Công nghiệp", "185,2", "60,7 %"]));
        Assert.Equal(2, doc.Images); // training and consumption; no verified savings to draw

        var xlsx = await analyst.GetAsync($"/api/reports/center-annual?year={Year}&format=xlsx");
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["events", "training", "support", "support-by-source", "key-facilities", "candidates", "consumption-by-sector", "consumption-by-carrier", "annual-reports"],
            MiniExcel.GetSheetNames(book));
        var trainingRow = MiniExcel.Query(book, useHeaderRow: true, sheetName: "training").Cast<IDictionary<string, object>>().Single();
        Assert.Equal(3.0, Convert.ToDouble(trainingRow["participants"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Only_center_staff_and_a_year_is_required()
    {
        var trainer = await api.AsAsync("trainer");
        await trainer.GetAsync($"/api/reports/center-annual?year={Year}").ExpectAsync(HttpStatusCode.Forbidden);
        var facility = await api.CreateFacilityAsync();
        var reporter = await api.AsAsync("reporter", facility);
        await reporter.GetAsync($"/api/reports/center-annual?year={Year}").ExpectAsync(HttpStatusCode.Forbidden);
        var analyst = await api.AsAsync("analyst");
        await analyst.GetAsync("/api/reports/center-annual").ExpectFieldErrorAsync("year");
        await analyst.GetAsync("/api/reports/center-annual?year=1800").ExpectFieldErrorAsync("year");
        await analyst.GetAsync("/api/reports/center-annual?year=abc").ExpectFieldErrorAsync("year");
        await analyst.GetAsync($"/api/reports/center-annual?year={Year}&format=pdf").ExpectFieldErrorAsync("format");
    }

    private async Task SqlAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        await cmd.ExecuteNonQueryAsync();
    }
}
