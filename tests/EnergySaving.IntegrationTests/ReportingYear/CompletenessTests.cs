using System.Net;
using EnergySaving.IntegrationTests.Infrastructure;
using static EnergySaving.IntegrationTests.ReportingYear.ReportingData;

namespace EnergySaving.IntegrationTests.ReportingYear;

public sealed class CompletenessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Months_are_reported_late_missing_or_not_due_by_their_first_reports_time_in_Vietnam()
    {
        var (id, code) = await FacilityAsync(api);
        var admin = await api.AdminAsync();
        await ImportAsync(admin, code, Enumerable.Range(1, 3).Select(m => new Row($"2025-{m:00}", "electricity", 1000, "kWh")));
        await ImportAsync(admin, code, [new Row("2025-03", "electricity", 2000, "kWh")]); // a correction: revision 2
        // January: first reported 23:59 on its due date (20 Feb, UTC+7) -> reported.
        // February: first reported 00:01 on the day after its due date (21 Mar) -> late.
        // March: revision 1 on time (20 Apr 10:00), corrected later -> still reported.
        await api.CountAsync("""
            UPDATE consumption_months SET updated_at = CASE month
                WHEN '2025-01-01' THEN timestamptz '2025-02-20 16:59:00Z'
                WHEN '2025-02-01' THEN timestamptz '2025-03-20 17:01:00Z'
                ELSE timestamptz '2025-06-01 00:00:00Z' END
            WHERE facility_id = @p0;
            UPDATE consumption_revisions SET updated_at = '2025-04-20 03:00:00Z' WHERE facility_id = @p0 AND month = '2025-03-01';
            SELECT 1
            """, id);

        var analyst = await api.AsAsync("analyst");
        var matrix = await analyst.GetAsync("/api/reporting/completeness?year=2025").ExpectAsync(HttpStatusCode.OK);
        var row = matrix.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("facilityId").GetInt32() == id);
        var months = row.GetProperty("months").EnumerateArray().Select(m => m.GetString()).ToList();
        // Today is after 20 Jan 2026, so every month of 2025 is due.
        Assert.Equal(["reported", "late", "reported", .. Enumerable.Repeat("missing", 9)], months);

        var next = DateTime.UtcNow.AddHours(7).Year + 1;
        var future = await analyst.GetAsync($"/api/reporting/completeness?year={next}").ExpectAsync(HttpStatusCode.OK);
        Assert.All(future.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("facilityId").GetInt32() == id).GetProperty("months").EnumerateArray(),
            m => Assert.Equal("not-due", m.GetString()));

        // The spreadsheet holds the same matrix.
        var xlsx = Xlsx.Rows(await analyst.GetByteArrayAsync("/api/reporting/completeness?year=2025&format=xlsx"));
        var sheetRow = xlsx.Single(r => r[1] == code);
        Assert.Equal(months, sheetRow[3..15]);
        Assert.Equal(matrix.GetProperty("items").GetArrayLength() + 1, xlsx.Count);
    }

    [Fact]
    public async Task Reporters_see_their_own_facilities_only()
    {
        var (own, _) = await FacilityAsync(api);
        await FacilityAsync(api);
        var reporter = await api.AsAsync("reporter", own);
        var matrix = await reporter.GetAsync("/api/reporting/completeness?year=2025").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(own, Assert.Single(matrix.GetProperty("items").EnumerateArray()).GetProperty("facilityId").GetInt32());
        await reporter.GetAsync("/api/reporting/completeness").ExpectFieldErrorAsync("year");
        var trainer = await api.AsAsync("trainer");
        await trainer.GetAsync("/api/reporting/completeness?year=2025").ExpectAsync(HttpStatusCode.Forbidden);
    }
}
