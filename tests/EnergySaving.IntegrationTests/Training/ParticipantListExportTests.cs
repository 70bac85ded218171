using System.Net;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace EnergySaving.IntegrationTests.Training;

/// <summary>GET …/participants?format=csv|xlsx: the JSON's rows, personal data only for those who see it, formulas neutralised.</summary>
public sealed class ParticipantListExportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_csv_and_xlsx_hold_the_json_rows_and_an_analyst_gets_no_personal_data()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();
        await trainer.EnrollAsync(course, "Nguyễn Văn An", facility);
        await trainer.EnrollAsync(course, "=HYPERLINK(\"x\")", facility);

        var csv = await trainer.GetAsync($"/api/training/courses/{course}/participants?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // header + 2 participants
        Assert.StartsWith("id,full_name,facility_id", lines[0]);
        Assert.Contains("Nguyễn Văn An", lines[1]);
        Assert.Contains("an.nv@demo.example", lines[1]);
        Assert.Contains("'=HYPERLINK", lines[2]);

        var xlsx = await trainer.GetAsync($"/api/training/courses/{course}/participants?format=xlsx");
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(book, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(new[] { "Nguyễn Văn An", "'=HYPERLINK(\"x\")" }, rows.Select(r => r["full_name"]?.ToString() ?? "").ToArray());

        var analyst = await api.AsAsync("analyst");
        var analystCsv = Encoding.UTF8.GetString(await (await analyst.GetAsync($"/api/training/courses/{course}/participants?format=csv")).Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("an.nv@demo.example", analystCsv);
        Assert.Equal(HttpStatusCode.BadRequest, (await trainer.GetAsync($"/api/training/courses/{course}/participants?format=pdf")).StatusCode);
    }
}
