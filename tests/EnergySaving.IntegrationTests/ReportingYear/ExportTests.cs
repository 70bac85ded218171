using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using EnergySaving.Api.Baselines;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EnergySaving.IntegrationTests.ReportingYear.ReportingData;

namespace EnergySaving.IntegrationTests.ReportingYear;

public sealed class ExportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_key_facility_list_has_new_kept_and_dropped_and_its_spreadsheet_totals_equal_the_json()
    {
        var admin = await api.AdminAsync();
        // 600,000 kWh a month = 1,110.96 TOE a year (key); 100,000 kWh a month = 185.16 TOE.
        var kept = await FacilityAsync(api);
        await ImportAsync(admin, kept.Code, ReportingData.Year(2024, 600_000).Concat(ReportingData.Year(2025, 700_000)));
        var fresh = await FacilityAsync(api);
        await ImportAsync(admin, fresh.Code, ReportingData.Year(2024, 100_000).Concat(ReportingData.Year(2025, 600_000)));
        var dropped = await FacilityAsync(api);
        await ImportAsync(admin, dropped.Code, ReportingData.Year(2024, 600_000).Concat(ReportingData.Year(2025, 100_000)));
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var flags = scope.ServiceProvider.GetRequiredService<AnnualFlagsCalculator>();
            await flags.RecomputeAsync(2024, CancellationToken.None);
            await flags.RecomputeAsync(2025, CancellationToken.None);
        }
        int[] ours = [kept.Id, fresh.Id, dropped.Id];

        var json = await admin.GetAsync("/api/key-facilities?year=2025").ExpectAsync(HttpStatusCode.OK);
        var items = json.GetProperty("items").EnumerateArray().Where(i => ours.Contains(i.GetProperty("facilityId").GetInt32())).ToList();
        Assert.Equal(new[] { kept.Id, fresh.Id }.Order(), items.Select(i => i.GetProperty("facilityId").GetInt32()).Order());
        var gone = Assert.Single(json.GetProperty("dropped").EnumerateArray(), d => ours.Contains(d.GetProperty("facilityId").GetInt32()));
        Assert.Equal(dropped.Id, gone.GetProperty("facilityId").GetInt32());
        Assert.Equal(12 * 15.43, gone.GetProperty("annualToe").GetDouble(), 6);

        var bytes = await admin.GetByteArrayAsync("/api/key-facilities?year=2025&format=xlsx");
        var sheet = Xlsx.Rows(bytes, "Danh sach 2025");
        var rows = sheet.Skip(1).Where(r => r[0] == kept.Code || r[0] == fresh.Code).ToDictionary(r => r[0]!);
        Assert.Equal("tiếp tục (kept)", rows[kept.Code][5]);
        Assert.Equal("mới (new)", rows[fresh.Code][5]);
        Assert.Equal(json.GetProperty("items").GetArrayLength() + 1, sheet.Count);
        var sheetTotal = sheet.Skip(1).Sum(r => double.Parse(r[3]!, CultureInfo.InvariantCulture));
        var jsonTotal = json.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("annualToe").GetDouble());
        Assert.Equal(jsonTotal, sheetTotal, 6);
        var droppedSheet = Xlsx.Rows(bytes, "Ra khoi danh sach");
        Assert.Contains(droppedSheet, r => r[0] == dropped.Code);
        Assert.Equal(json.GetProperty("dropped").GetArrayLength() + 1, droppedSheet.Count);

        var csv = (await admin.GetStringAsync("/api/key-facilities?year=2025&format=csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(json.GetProperty("items").GetArrayLength() + 1, csv.Length);
        var candidates = await admin.GetAsync("/api/support-candidates?year=2025&format=csv");
        Assert.Equal(HttpStatusCode.OK, candidates.StatusCode);
        Assert.StartsWith("facility_id,code,name", (await candidates.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        await admin.GetAsync("/api/key-facilities?year=2025&format=docx").ExpectFieldErrorAsync("format");
    }

    [Fact]
    public async Task Exported_cells_that_a_spreadsheet_would_run_are_neutralised()
    {
        var admin = await api.AdminAsync();
        var code = $"X-{Guid.NewGuid():N}"[..12];
        var created = await admin.PostAsJsonAsync("/api/facilities", new
        {
            code, name = "=HYPERLINK(\"http://evil.example\",\"click\")", sector = "industry", province = "@Thái Bình", district = "-1+2",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var csv = await admin.GetStringAsync($"/api/facilities?search={code}&format=csv");
        var line = csv.TrimStart('\uFEFF').Split("\r\n")[1];
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", line);
        Assert.Contains(",'@Thái Bình,'-1+2,", line);

        var xlsx = Xlsx.Rows(await admin.GetByteArrayAsync($"/api/facilities?search={code}&format=xlsx"));
        Assert.Equal(2, xlsx.Count);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", xlsx[1][2]);
        Assert.Equal("'@Thái Bình", xlsx[1][6]);
    }
}
