using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.SupportProjects;

public sealed class SupportProjectsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Support_over_the_cap_is_refused_naming_the_cap_and_its_source_and_nothing_is_written()
    {
        var facility = await api.CreateFacilityAsync();
        var analyst = await api.AsAsync("analyst");

        // Equipment, seed-data/support-caps.csv: 50 % of the cost, at most VND 300 million (Circular 28/2018/TT-BTC).
        var overMax = await analyst.PostAsJsonAsync("/api/support-projects",
            SupportRequests.Project(facility, "CAP-MAX", totalCostVnd: 1_000_000_000, supportVnd: 300_000_001)).ExpectFieldErrorAsync("supportVnd");
        var message = overMax.GetProperty("errors").GetProperty("supportVnd")[0].GetString()!;
        Assert.Contains("Circular 28/2018/TT-BTC", message);
        Assert.Contains("300,000,000", message);
        Assert.Contains("50 %", message);

        // 50 % of 400 million is 200 million: 200,000,001 is over by the share even though it is under VND 300 million.
        var overShare = await analyst.PostAsJsonAsync("/api/support-projects",
            SupportRequests.Project(facility, "CAP-SHARE", totalCostVnd: 400_000_000, supportVnd: 200_000_001)).ExpectFieldErrorAsync("supportVnd");
        Assert.Contains("200,000,000", overShare.GetProperty("errors").GetProperty("supportVnd")[0].GetString());

        await analyst.PostAsJsonAsync("/api/support-projects",
            SupportRequests.Project(facility, "CAP-COST", totalCostVnd: 100_000_000, supportVnd: 100_000_001)).ExpectFieldErrorAsync("supportVnd");
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM support_projects WHERE title LIKE 'CAP-%'"));

        // Exactly at both limits is fine.
        await analyst.CreateProjectAsync(SupportRequests.Project(facility, "CAP-OK-SHARE", totalCostVnd: 400_000_000, supportVnd: 200_000_000));
        await analyst.CreateProjectAsync(SupportRequests.Project(facility, "CAP-OK-MAX", totalCostVnd: 1_000_000_000, supportVnd: 300_000_000));
        Assert.Equal(2, await api.CountAsync("SELECT count(*) FROM support_projects WHERE title LIKE 'CAP-OK-%'"));
    }

    [Fact]
    public async Task Caps_are_dated_data_an_admin_adds_without_a_release()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var cap = await admin.PostAsJsonAsync("/api/support-caps", new
        {
            kind = "demonstration-model", maxShare = 0.3, maxVnd = 120_000_000, validFrom = "2031-01-01", source = "Test decree 99/2030/ND-CP",
        }).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(0.3m, cap.GetProperty("maxShare").GetDecimal());

        // 2030 projects still follow the 2018 row (50 %, VND 1,000 million); 2031 projects the new one.
        await admin.CreateProjectAsync(SupportRequests.Project(facility, "DATED-2030", year: 2030, kind: "demonstration-model", totalCostVnd: 400_000_000, supportVnd: 150_000_000));
        var refused = await admin.PostAsJsonAsync("/api/support-projects",
            SupportRequests.Project(facility, "DATED-2031", year: 2031, kind: "demonstration-model", totalCostVnd: 400_000_000, supportVnd: 150_000_000))
            .ExpectFieldErrorAsync("supportVnd");
        Assert.Contains("Test decree 99/2030/ND-CP", refused.GetProperty("errors").GetProperty("supportVnd")[0].GetString());
        Assert.Contains("2031-01-01", refused.GetProperty("errors").GetProperty("supportVnd")[0].GetString());
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM support_projects WHERE title = 'DATED-2031'"));

        await admin.PostAsJsonAsync("/api/support-caps", new
        {
            kind = "demonstration-model", maxShare = 0.5, maxVnd = 1, validFrom = "2031-01-01", source = "dup",
        }).ExpectAsync(HttpStatusCode.Conflict);
        var analyst = await api.AsAsync("analyst");
        await analyst.PostAsJsonAsync("/api/support-caps", new { kind = "other", maxShare = 0.5, maxVnd = 1, validFrom = "2032-01-01", source = "x" })
            .ExpectAsync(HttpStatusCode.Forbidden);
        var caps = await analyst.GetAsync("/api/support-caps").ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(caps.EnumerateArray(), c => c.GetProperty("kind").GetString() == "equipment"
            && c.GetProperty("maxVnd").GetInt64() == 300_000_000 && c.GetProperty("source").GetString()!.Contains("Circular 28/2018/TT-BTC"));
    }

    [Fact]
    public async Task A_project_moves_through_every_state_with_who_when_and_a_note()
    {
        var facility = await api.CreateFacilityAsync();
        var analyst = await api.AsAsync("analyst");
        var id = await analyst.CreateProjectAsync(SupportRequests.Project(facility, "PATH"));

        await analyst.MoveAsync(id, "approved", "2025-02-01", note: "Quyết định phê duyệt số 12").ExpectAsync(HttpStatusCode.OK);
        // Still editable while approved.
        var edited = await analyst.PutAsJsonAsync($"/api/support-projects/{id}", SupportRequests.Project(facility, "PATH", supportVnd: 240_000_000))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(240_000_000, edited.GetProperty("supportVnd").GetInt64());

        await analyst.MoveAsync(id, "implemented", "2025-05-20").ExpectFieldErrorAsync("implementedFrom");
        await analyst.MoveAsync(id, "implemented", "2025-05-20", "2025-04", "2025-03").ExpectFieldErrorAsync("implementedTo");
        await analyst.MoveAsync(id, "implemented", "2025-05-20", "2025-04", "2025-06").ExpectFieldErrorAsync("implementedTo"); // works after "on"
        await analyst.MoveAsync(id, "implemented", "2025-01-20", "2024-12", "2025-01").ExpectFieldErrorAsync("on");           // before approval
        await analyst.MoveAsync(id, "implemented", "2099-01-20", "2098-12", "2099-01").ExpectFieldErrorAsync("on");           // in the future
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM support_projects WHERE id = @p0 AND status = 'approved' AND implemented_from IS NULL", id));

        var implemented = await analyst.MoveAsync(id, "implemented", "2025-05-20", "2025-04", "2025-05").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("2025-04", "2025-05"), (implemented.GetProperty("implementedFrom").GetString(), implemented.GetProperty("implementedTo").GetString()));
        await analyst.PutAsJsonAsync($"/api/support-projects/{id}", SupportRequests.Project(facility, "PATH")).ExpectAsync(HttpStatusCode.Conflict);
        await analyst.MoveAsync(id, "accepted", "2025-06-02", note: "Biên bản nghiệm thu").ExpectAsync(HttpStatusCode.OK);
        var settled = await analyst.MoveAsync(id, "settled", "2025-12-15").ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("settled", settled.GetProperty("status").GetString());
        var history = settled.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["created", "approved", "edited", "implemented", "accepted", "settled"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.All(history, h => Assert.StartsWith("analyst", h.GetProperty("by").GetString()));
        Assert.Equal("Quyết định phê duyệt số 12", history[1].GetProperty("note").GetString());
        Assert.Equal("2025-06-02", history[4].GetProperty("on").GetString());
        Assert.Equal(6, await api.CountAsync("SELECT count(*) FROM support_project_history WHERE project_id = @p0", id));
    }

    [Theory]
    [InlineData(new[] { "proposed" }, "implemented")]
    [InlineData(new[] { "proposed" }, "accepted")]
    [InlineData(new[] { "proposed" }, "settled")]
    [InlineData(new[] { "proposed" }, "proposed")]
    [InlineData(new[] { "approved" }, "accepted")]
    [InlineData(new[] { "approved" }, "approved")]
    [InlineData(new[] { "approved", "implemented" }, "cancelled")]
    [InlineData(new[] { "approved", "implemented" }, "settled")]
    [InlineData(new[] { "approved", "implemented", "accepted" }, "cancelled")]
    [InlineData(new[] { "approved", "implemented", "accepted", "settled" }, "cancelled")]
    [InlineData(new[] { "cancelled" }, "approved")]
    [InlineData(new[] { "approved", "cancelled" }, "proposed")]
    public async Task Any_other_move_is_409_and_changes_nothing(string[] path, string next)
    {
        var facility = await api.CreateFacilityAsync();
        var analyst = await api.AsAsync("analyst");
        var id = await analyst.CreateProjectAsync(SupportRequests.Project(facility, "BAD-" + next));
        foreach (var step in path.Where(s => s != "proposed"))
            await (step == "implemented" ? analyst.MoveAsync(id, step, "2025-06-01", "2025-05", "2025-05") : analyst.MoveAsync(id, step, "2025-06-01"))
                .ExpectAsync(HttpStatusCode.OK);
        var before = await api.CountAsync("SELECT count(*) FROM support_project_history WHERE project_id = @p0", id);
        var body = next == "implemented" ? analyst.MoveAsync(id, next, "2025-07-01", "2025-06", "2025-06") : analyst.MoveAsync(id, next, "2025-07-01");
        var conflict = await body.ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains(path[^1], conflict.GetProperty("detail").GetString());
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM support_projects WHERE id = @p0 AND status = @p1", id, path[^1]));
        Assert.Equal(before, await api.CountAsync("SELECT count(*) FROM support_project_history WHERE project_id = @p0", id));
    }

    [Fact]
    public async Task Concurrent_moves_from_the_same_state_let_exactly_one_through()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var id = await admin.CreateProjectAsync(SupportRequests.Project(facility, "RACE"));
        // All ask proposed → approved (approved → cancelled would be a legal second step, so only one target).
        var moves = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => admin.MoveAsync(id, "approved", "2025-03-01", note: $"move {i}")));
        Assert.Equal(1, moves.Count(m => m.StatusCode == HttpStatusCode.OK));
        Assert.Equal(11, moves.Count(m => m.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, await api.CountAsync("SELECT count(*) FROM support_project_history WHERE project_id = @p0", id));
    }

    [Fact]
    public async Task Proposed_and_approved_projects_can_be_cancelled()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var a = await admin.CreateProjectAsync(SupportRequests.Project(facility, "CANCEL-A"));
        var b = await admin.CreateProjectAsync(SupportRequests.Project(facility, "CANCEL-B"));
        await admin.MoveAsync(a, "cancelled", "2025-03-01", note: "Doanh nghiệp rút hồ sơ").ExpectAsync(HttpStatusCode.OK);
        await admin.MoveAsync(b, "approved", "2025-03-01").ExpectAsync(HttpStatusCode.OK);
        await admin.MoveAsync(b, "cancelled", "2025-03-02").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, await api.CountAsync("SELECT count(*) FROM support_projects WHERE id IN (@p0, @p1) AND status = 'cancelled'", a, b));
        await admin.PutAsJsonAsync($"/api/support-projects/{a}", SupportRequests.Project(facility, "CANCEL-A")).ExpectAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Roles_center_staff_write_reporters_read_their_own_trainers_nothing()
    {
        var own = await api.CreateFacilityAsync();
        var other = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var ownId = await admin.CreateProjectAsync(SupportRequests.Project(own, "ROLE-OWN"));
        var otherId = await admin.CreateProjectAsync(SupportRequests.Project(other, "ROLE-OTHER"));

        var reporter = await api.AsAsync("reporter", own);
        await reporter.PostAsJsonAsync("/api/support-projects", SupportRequests.Project(own, "ROLE-REP")).ExpectAsync(HttpStatusCode.Forbidden);
        await reporter.PutAsJsonAsync($"/api/support-projects/{ownId}", SupportRequests.Project(own, "ROLE-REP")).ExpectAsync(HttpStatusCode.Forbidden);
        await reporter.MoveAsync(ownId, "approved", "2025-02-01").ExpectAsync(HttpStatusCode.Forbidden);
        await reporter.GetAsync($"/api/support-projects/{ownId}").ExpectAsync(HttpStatusCode.OK);
        await reporter.GetAsync($"/api/support-projects/{otherId}").ExpectAsync(HttpStatusCode.NotFound);
        await reporter.GetAsync($"/api/support-projects/{otherId}/savings").ExpectAsync(HttpStatusCode.NotFound);
        var list = await reporter.GetAsync("/api/support-projects").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([ownId], list.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));

        var trainer = await api.AsAsync("trainer");
        await trainer.GetAsync("/api/support-projects").ExpectAsync(HttpStatusCode.Forbidden);
        await trainer.PostAsJsonAsync("/api/support-projects", SupportRequests.Project(own, "ROLE-TR")).ExpectAsync(HttpStatusCode.Forbidden);
        await api.Anonymous().GetAsync("/api/support-projects").ExpectAsync(HttpStatusCode.Unauthorized);

        var analyst = await api.AsAsync("analyst");
        await analyst.MoveAsync(otherId, "approved", "2025-02-01").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM support_projects WHERE title IN ('ROLE-REP', 'ROLE-TR')"));
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM support_projects WHERE id = @p0 AND status = 'proposed'", ownId));
    }

    [Theory]
    [InlineData("facilityId", """{"year":2025,"kind":"equipment","fundingSource":"national","title":"T","totalCostVnd":10,"supportVnd":5}""")]
    [InlineData("facilityId", """{"facilityId":999999,"year":2025,"kind":"equipment","fundingSource":"national","title":"T","totalCostVnd":10,"supportVnd":5}""")]
    [InlineData("kind", """{"facilityId":1,"year":2025,"kind":"machine","fundingSource":"national","title":"T","totalCostVnd":10,"supportVnd":5}""")]
    [InlineData("fundingSource", """{"facilityId":1,"year":2025,"kind":"equipment","title":"T","totalCostVnd":10,"supportVnd":5}""")]
    [InlineData("title", """{"facilityId":1,"year":2025,"kind":"equipment","fundingSource":"local","title":" ","totalCostVnd":10,"supportVnd":5}""")]
    [InlineData("totalCostVnd", """{"facilityId":1,"year":2025,"kind":"equipment","fundingSource":"local","title":"T","totalCostVnd":-1,"supportVnd":0}""")]
    [InlineData("supportVnd", """{"facilityId":1,"year":2025,"kind":"equipment","fundingSource":"local","title":"T","totalCostVnd":10}""")]
    [InlineData("year", """{"facilityId":1,"year":20250,"kind":"equipment","fundingSource":"local","title":"T","totalCostVnd":10,"supportVnd":5}""")]
    public async Task Bad_bodies_are_400_naming_the_field(string field, string json)
    {
        await api.CreateFacilityAsync();
        var analyst = await api.AsAsync("analyst");
        await analyst.PostAsync("/api/support-projects", new StringContent(json, Encoding.UTF8, "application/json")).ExpectFieldErrorAsync(field);
    }

    [Fact]
    public async Task The_list_filters_and_exports_csv_with_neutralised_cells()
    {
        var facility = await api.CreateFacilityAsync();
        var analyst = await api.AsAsync("analyst");
        var id = await analyst.CreateProjectAsync(SupportRequests.Project(facility, "=HYPERLINK(\"x\")", year: 2027, kind: "energy-audit", totalCostVnd: 100_000_000, supportVnd: 50_000_000));
        var list = await analyst.GetAsync($"/api/support-projects?year=2027&kind=energy-audit&facilityId={facility}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([id], list.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
        await analyst.GetAsync("/api/support-projects?status=done").ExpectFieldErrorAsync("status");
        await analyst.GetAsync("/api/support-projects?format=pdf").ExpectFieldErrorAsync("format");
        await analyst.GetAsync("/api/support-projects?year=20x4").ExpectFieldErrorAsync("year");
        await analyst.GetAsync("/api/support-projects?facilityId=x").ExpectFieldErrorAsync("facilityId");

        var csv = await analyst.GetAsync($"/api/support-projects?year=2027&facilityId={facility}&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", text);
        Assert.Contains(",50000000,proposed,", text);

        var xlsx = await analyst.GetAsync($"/api/support-projects?year=2027&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }
}
