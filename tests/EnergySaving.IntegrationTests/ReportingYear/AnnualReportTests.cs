using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using static EnergySaving.IntegrationTests.ReportingYear.ReportingData;

namespace EnergySaving.IntegrationTests.ReportingYear;

public sealed class AnnualReportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Year = 2024;
    // 100,000 kWh a month at 1.543e-4 TOE/kWh: 15.43 TOE a month, 185.16 TOE a year; production 100 t a month.
    private const double MonthToe = 15.43;

    private static string Url(int id, int year = Year) => $"/api/facilities/{id}/annual-reports/{year}";

    private async Task<(int Id, string Code)> FacilityWithYearAsync(int year = Year)
    {
        var f = await FacilityAsync(api);
        await ImportAsync(await api.AdminAsync(), f.Code, ReportingData.Year(year, 100_000));
        return f;
    }

    [Fact]
    public async Task A_reporter_submits_and_the_snapshot_holds_the_years_figures()
    {
        var (id, _) = await FacilityWithYearAsync();
        var reporter = await api.AsAsync("reporter", id);

        var report = await reporter.PostAsJsonAsync($"{Url(id)}/submit", new { note = "Form 1.1 for 2024" }).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("submitted", report.GetProperty("status").GetString());
        Assert.Equal(1, report.GetProperty("submission").GetInt32());
        Assert.Equal(12 * MonthToe, report.GetProperty("totalToe").GetDouble(), 6);
        var carrier = Assert.Single(report.GetProperty("byCarrier").EnumerateArray());
        Assert.Equal("electricity", carrier.GetProperty("carrier").GetString());
        Assert.Equal(1_200_000, carrier.GetProperty("quantity").GetDouble(), 6);
        Assert.Equal("kWh", carrier.GetProperty("unit").GetString());
        Assert.Equal(1200, report.GetProperty("production").GetProperty("quantity").GetDouble(), 6);
        Assert.Equal(12 * MonthToe / 1200, report.GetProperty("sec").GetProperty("value").GetDouble(), 9);
        Assert.Single(report.GetProperty("history").EnumerateArray());

        // The snapshot does not follow the months: GET returns the same figures.
        var got = await reporter.GetAsync(Url(id)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(12 * MonthToe, got.GetProperty("totalToe").GetDouble(), 6);
    }

    [Fact]
    public async Task Submission_needs_twelve_months_and_a_past_year_and_writes_nothing_when_refused()
    {
        var (id, code) = await FacilityAsync(api);
        var admin = await api.AdminAsync();
        await ImportAsync(admin, code, ReportingData.Year(Year, 100_000).Where(r => r.Month is not ("2024-03" or "2024-11")));

        var problem = await admin.PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectFieldErrorAsync("months");
        var months = problem.GetProperty("errors").GetProperty("months").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal(2, months.Count);
        Assert.Contains("2024-03", months[0]);
        Assert.Contains("2024-11", months[1]);

        var thisYear = DateTime.UtcNow.AddHours(7).Year;
        await admin.PostAsJsonAsync($"{Url(id, thisYear)}/submit", new { }).ExpectFieldErrorAsync("year");
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM annual_reports WHERE facility_id = @p0", id));
        await admin.GetAsync(Url(id)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_transition_submit_return_correct_resubmit_accept()
    {
        var (id, code) = await FacilityWithYearAsync();
        var reporter = await api.AsAsync("reporter", id);
        var analyst = await api.AsAsync("analyst");

        await reporter.PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectAsync(HttpStatusCode.Created);
        // Submitted: no second submission, the months are locked for the PUT and the import.
        await reporter.PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectAsync(HttpStatusCode.Conflict);
        var locked = await reporter.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-05",
            new { entries = new[] { new { carrier = "electricity", quantity = 1.0, unit = "kWh" } } }).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("2024-05", locked.GetProperty("detail").GetString());
        var import = await ImportAsync(await api.AdminAsync(), code, [new Row("2024-06", "electricity", 5, "kWh", 100), new Row("2023-06", "electricity", 5, "kWh", 100)],
            HttpStatusCode.BadRequest);
        var error = Assert.Single(import.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("month", error.GetProperty("column").GetString());
        Assert.Equal(1, await api.CountAsync("SELECT max(revision) FROM consumption_months WHERE facility_id = @p0", id));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0 AND month < '2024-01-01'", id));
        // Re-sending a locked year unchanged is not a write: the import passes and writes nothing.
        var again = await ImportAsync(await api.AdminAsync(), code, ReportingData.Year(Year, 100_000));
        Assert.Equal(0, again.GetProperty("monthsWritten").GetInt32());

        // Reviews: reporters may not; a return needs a reason.
        await reporter.PostAsJsonAsync($"{Url(id)}/review", new { decision = "accept" }).ExpectAsync(HttpStatusCode.Forbidden);
        await analyst.PostAsJsonAsync($"{Url(id)}/review", new { decision = "return" }).ExpectFieldErrorAsync("reason");
        await analyst.PostAsJsonAsync($"{Url(id)}/review", new { decision = "maybe" }).ExpectFieldErrorAsync("decision");
        var returned = await analyst.PostAsJsonAsync($"{Url(id)}/review", new { decision = "return", reason = "May looks too low" })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        await analyst.PostAsJsonAsync($"{Url(id)}/review", new { decision = "accept" }).ExpectAsync(HttpStatusCode.Conflict);

        // Returned: the months unlock; the facility corrects May and submits again.
        await reporter.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-05",
            new { entries = new[] { new { carrier = "electricity", quantity = 200_000.0, unit = "kWh" } }, production = new { quantity = 100.0, unit = "t" } })
            .ExpectAsync(HttpStatusCode.OK);
        var second = await reporter.PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(2, second.GetProperty("submission").GetInt32());
        Assert.Equal(13 * MonthToe, second.GetProperty("totalToe").GetDouble(), 6);

        var accepted = await analyst.PostAsJsonAsync($"{Url(id)}/review", new { decision = "accept" }).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.Equal(["submitted", "returned", "submitted", "accepted"],
            accepted.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        Assert.Equal("May looks too low", accepted.GetProperty("history")[1].GetProperty("reason").GetString());
        await reporter.PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectAsync(HttpStatusCode.Conflict);
        await reporter.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-05",
            new { entries = new[] { new { carrier = "electricity", quantity = 1.0, unit = "kWh" } } }).ExpectAsync(HttpStatusCode.Conflict);
        // Other years stay open.
        await reporter.PutAsJsonAsync($"/api/facilities/{id}/consumption/2025-05",
            new { entries = new[] { new { carrier = "electricity", quantity = 1.0, unit = "kWh" } } }).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Roles_a_reporter_gets_404_for_other_facilities_and_trainers_are_refused()
    {
        var (id, _) = await FacilityWithYearAsync();
        var (other, _) = await FacilityAsync(api);
        var reporter = await api.AsAsync("reporter", other);
        var trainer = await api.AsAsync("trainer");
        await reporter.PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectAsync(HttpStatusCode.NotFound);
        await reporter.GetAsync(Url(id)).ExpectAsync(HttpStatusCode.NotFound);
        await trainer.PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectAsync(HttpStatusCode.Forbidden);
        await reporter.GetAsync($"/api/annual-reports?year={Year}").ExpectAsync(HttpStatusCode.Forbidden);
        await api.Anonymous().PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM annual_reports WHERE facility_id = @p0", id));
    }

    [Fact]
    public async Task A_put_racing_a_submission_either_lands_in_the_snapshot_or_is_refused()
    {
        var admin = await api.AdminAsync();
        var outcomes = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var (id, _) = await FacilityWithYearAsync();
            var put = admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/2024-12",
                new { entries = new[] { new { carrier = "electricity", quantity = 300_000.0, unit = "kWh" } }, production = new { quantity = 100.0, unit = "t" } });
            var submit = admin.PostAsJsonAsync($"{Url(id)}/submit", new { });
            await Task.WhenAll(put, submit);
            var (putResponse, submitResponse) = (await put, await submit);
            Assert.Equal(HttpStatusCode.Created, submitResponse.StatusCode);
            var report = await submitResponse.JsonAsync();
            var december = await api.CountAsync("SELECT revision FROM consumption_months WHERE facility_id = @p0 AND month = '2024-12-01'", id);
            var monthsToe = await ToeAsync(id);
            outcomes.Add(putResponse.StatusCode);
            if (putResponse.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal(2, december);
                Assert.Equal(11 * MonthToe + 3 * MonthToe, report.GetProperty("totalToe").GetDouble(), 6);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Conflict, putResponse.StatusCode);
                Assert.Equal(1, december);
                Assert.Equal(12 * MonthToe, report.GetProperty("totalToe").GetDouble(), 6);
            }
            // Whatever the order, the report and the locked months agree.
            Assert.Equal(monthsToe, report.GetProperty("totalToe").GetDouble(), 6);
        }
        Assert.All(outcomes, o => Assert.True(o is HttpStatusCode.OK or HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task The_status_board_lists_key_facilities_of_the_year_and_the_year_before_with_deadline_and_overdue()
    {
        var admin = await api.AdminAsync();
        // 600,000 kWh a month = 92.58 TOE, 1,110.96 TOE a year: a key facility (≥ 1,000 TOE).
        var keyNow = await FacilityAsync(api);
        await ImportAsync(admin, keyNow.Code, ReportingData.Year(2025, 600_000));
        var keyBefore = await FacilityAsync(api);
        await ImportAsync(admin, keyBefore.Code, ReportingData.Year(2024, 600_000).Concat(ReportingData.Year(2025, 100_000)));
        var submitted = await FacilityAsync(api);
        await ImportAsync(admin, submitted.Code, ReportingData.Year(2025, 600_000));
        var small = await FacilityAsync(api);
        await ImportAsync(admin, small.Code, ReportingData.Year(2025, 100_000));
        await admin.PostAsJsonAsync($"{Url(submitted.Id, 2025)}/submit", new { }).ExpectAsync(HttpStatusCode.Created);
        // Submitted on Friday 2025-01-24 (local): Tết holidays 27-31 Jan, so 5 working days end on Friday 7 Feb.
        await api.CountAsync("UPDATE annual_reports SET submitted_at = '2025-01-24T03:00:00Z', review_due_by = '2025-02-07' WHERE facility_id = @p0 RETURNING 1", submitted.Id);

        var analyst = await api.AsAsync("analyst");
        var board = await analyst.GetAsync("/api/annual-reports?year=2025").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-01-15", board.GetProperty("deadline").GetString());
        var items = board.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("facilityId").GetInt32());
        Assert.DoesNotContain(small.Id, items.Keys);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var pastDeadline = today > new DateOnly(2026, 1, 15);
        Assert.Equal("not-submitted", items[keyNow.Id].GetProperty("status").GetString());
        Assert.Equal(pastDeadline, items[keyNow.Id].GetProperty("overdue").GetBoolean());
        Assert.Equal("not-submitted", items[keyBefore.Id].GetProperty("status").GetString());
        Assert.Equal("submitted", items[submitted.Id].GetProperty("status").GetString());
        Assert.Equal("2025-02-07", items[submitted.Id].GetProperty("reviewDueBy").GetString());
        Assert.True(items[submitted.Id].GetProperty("reviewOverdue").GetBoolean());
        Assert.False(items[submitted.Id].GetProperty("overdue").GetBoolean());

        var onlySubmitted = await analyst.GetAsync("/api/annual-reports?year=2025&status=submitted").ExpectAsync(HttpStatusCode.OK);
        Assert.All(onlySubmitted.GetProperty("items").EnumerateArray(), i => Assert.Equal("submitted", i.GetProperty("status").GetString()));
        await analyst.GetAsync("/api/annual-reports?year=2025&status=lost").ExpectFieldErrorAsync("status");
        await analyst.GetAsync("/api/annual-reports").ExpectFieldErrorAsync("year");

        // The CSV holds the same rows as the JSON.
        var csv = await analyst.GetStringAsync("/api/annual-reports?year=2025&format=csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(board.GetProperty("items").GetArrayLength() + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith($"{submitted.Id},{submitted.Code},") && l.Contains(",submitted,") && l.EndsWith(",2025-02-07,no,yes"));
    }

    [Fact]
    public async Task Form_1_1_is_a_spreadsheet_of_the_snapshot()
    {
        var (id, code) = await FacilityWithYearAsync();
        var admin = await api.AdminAsync();
        await admin.PostAsJsonAsync($"{Url(id)}/submit", new { }).ExpectAsync(HttpStatusCode.Created);
        var response = await admin.GetAsync($"{Url(id)}/form-1-1.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Xlsx.Rows(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(rows, r => r[0] == "Mã cơ sở" && r[1] == code);
        var electricity = rows.Single(r => r[0] == "electricity");
        Assert.Equal(("kWh", 1_200_000d), (electricity[1], double.Parse(electricity[2]!, System.Globalization.CultureInfo.InvariantCulture)));
        var total = rows.Single(r => r[0] == "Tổng năng lượng tiêu thụ (TOE)");
        Assert.Equal(12 * MonthToe, double.Parse(total[3]!, System.Globalization.CultureInfo.InvariantCulture), 6);
        var (other, _) = await FacilityAsync(api);
        await admin.GetAsync($"{Url(other)}/form-1-1.xlsx").ExpectAsync(HttpStatusCode.NotFound);
    }

    private async Task<double> ToeAsync(int id)
    {
        await using var conn = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT sum(total_toe) FROM consumption_months WHERE facility_id = @id AND month BETWEEN '2024-01-01' AND '2024-12-01'", conn);
        cmd.Parameters.AddWithValue("id", id);
        return (double)(await cmd.ExecuteScalarAsync())!;
    }
}
