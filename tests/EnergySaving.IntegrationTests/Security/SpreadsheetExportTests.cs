using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;
using nietras.SeparatedValues;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>Issue 8, point 6: an exported cell that a spreadsheet would run as a formula starts with '.</summary>
public sealed class SpreadsheetExportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Participant_csv_cells_starting_with_formula_characters_are_prefixed()
    {
        var trainer = await api.AsAsync("trainer");
        var created = await (await api.AdminAsync()).PostAsJsonAsync("/api/facilities", new
        {
            code = "CSV-FORMULA", name = "+cmd|' /C calc'!A0", sector = "industry", industry = "ceramics", productionUnit = "t",
            province = "Thái Bình", district = "Kiến Xương",
        }).ExpectAsync(HttpStatusCode.Created);
        var facility = created.GetProperty("id").GetInt32();
        var course = await trainer.CreateCourseAsync(TrainingRequests.Course("TB-QLNL-FORMULA"));
        await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", new
        {
            fullName = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")", facilityId = facility,
            position = "@SUM(A1:A9)", phone = "+84 912 345 678", email = "an.nv@demo.example",
        }).ExpectAsync(HttpStatusCode.Created);
        await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", new
        {
            fullName = "-Trần Văn Bình", facilityId = facility, position = "Kỹ sư - cơ điện", phone = "0912 345 679",
        }).ExpectAsync(HttpStatusCode.Created);

        var bytes = await trainer.GetByteArrayAsync($"/api/training/courses/{course}/participants.csv");
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var rows = new List<(string Name, string Facility, string Position, string Phone)>();
        foreach (var row in reader)
            rows.Add((row["full_name"].ToString(), row["facility_name"].ToString(), row["position"].ToString(), row["phone"].ToString()));

        Assert.Equal(
        [
            ("'-Trần Văn Bình", "'+cmd|' /C calc'!A0", "Kỹ sư - cơ điện", "0912 345 679"),
            ("'=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")", "'+cmd|' /C calc'!A0", "'@SUM(A1:A9)", "'+84 912 345 678"),
        ], rows.OrderBy(r => r.Name, StringComparer.Ordinal));
    }
}
