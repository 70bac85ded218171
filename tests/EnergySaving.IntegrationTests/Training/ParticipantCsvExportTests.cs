using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;
using nietras.SeparatedValues;

namespace EnergySaving.IntegrationTests.Training;

public sealed class ParticipantCsvExportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Csv_export_round_trips_vietnamese_names_with_bom_and_rfc4180_quoting()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync("CSV-F1");
        var course = await trainer.CreateCourseAsync(TrainingRequests.Course("TB-QLNL-CSV"));
        var names = new[] { "Nguyễn Thị Hồng Nhung", "Đặng Thanh Ngọc", "Trương Quốc Việt", "Lê Thị Ánh Tuyết" };
        var ids = new List<int>();
        foreach (var name in names) ids.Add(await trainer.EnrollAsync(course, name.Normalize(NormalizationForm.FormD), facility));
        await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", new
        {
            fullName = "Phạm Văn Đức", facilityId = facility, position = "Trưởng phòng \"Cơ điện\", kỹ thuật", email = "duc@demo.example",
        }).ExpectAsync(HttpStatusCode.Created);
        await trainer.OutcomeAsync(course, ids[0], TrainingRequests.Certified("QLNL-CSV-001", issuedOn: "2025-06-27", score: 8.5m)).ExpectAsync(HttpStatusCode.OK);

        var response = await trainer.GetAsync($"/api/training/courses/{course}/participants.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("course-TB-QLNL-CSV-participants.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("no,full_name,facility_code,facility_name,position,email,phone,date_of_birth,attended,exam_score,passed," +
                          "certificate_number,certificate_issued_on,certificate_valid_until\r\n", text);
        Assert.Contains("\"Trưởng phòng \"\"Cơ điện\"\", kỹ thuật\"", text);

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var rows = new List<(string Name, string Facility, string Position, string Email, string Certificate, string Score, string Passed)>();
        foreach (var row in reader)
            rows.Add((row["full_name"].ToString(), row["facility_code"].ToString(), row["position"].ToString(), row["email"].ToString(),
                row["certificate_number"].ToString(), row["exam_score"].ToString(), row["passed"].ToString()));

        Assert.Equal([.. names, "Phạm Văn Đức"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.True(r.Name.IsNormalized(NormalizationForm.FormC)));
        Assert.All(rows, r => Assert.Equal("CSV-F1", r.Facility));
        Assert.Equal(("QLNL-CSV-001", "8.5", "true"), (rows[0].Certificate, rows[0].Score, rows[0].Passed));
        Assert.Equal(("", "", ""), (rows[1].Certificate, rows[1].Score, rows[1].Passed));
        Assert.Equal("Trưởng phòng \"Cơ điện\", kỹ thuật", rows[4].Position);
        Assert.Equal("duc@demo.example", rows[4].Email);
    }

    [Fact]
    public async Task Csv_of_an_empty_course_is_the_header_only()
    {
        var admin = await api.AdminAsync();
        var course = await admin.CreateCourseAsync();
        var response = await admin.GetAsync($"/api/training/courses/{course}/participants.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, text.Count(c => c == '\n'));
        Assert.Equal($"course-{course}-participants.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }
}
