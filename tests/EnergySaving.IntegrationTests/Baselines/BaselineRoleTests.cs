using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Baselines;

public sealed class BaselineRoleTests(BaselinesFixture api) : IClassFixture<BaselinesFixture>
{
    private static readonly object Period = new { from = "2023-01", to = "2023-12" };

    [Theory]
    [InlineData("trainer")]
    [InlineData("reporter")]
    public async Task Trainers_and_reporters_are_refused_runs_periods_and_lists(string role)
    {
        var own = await api.FacilityAsync($"ROLE-{role}");
        var client = await api.AsAsync(role, role == "reporter" ? [own] : []);
        // Other tests of this class start runs: compare with the count before, never with a global constant.
        var runsBefore = await api.CountAsync("SELECT count(*) FROM baseline_runs");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/baselines/runs", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/baselines/runs/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/facilities/{own}/baseline-period", Period)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/key-facilities?year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/support-candidates?year=2024")).StatusCode);
        Assert.Equal(runsBefore, await api.CountAsync("SELECT count(*) FROM baseline_runs"));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM baseline_periods WHERE facility_id = @p0", own));
    }

    [Fact]
    public async Task Anonymous_gets_401_on_every_baseline_route()
    {
        var anon = api.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsJsonAsync("/api/baselines/runs", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync($"/api/baselines/runs/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/facilities/1/baseline")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PutAsJsonAsync("/api/facilities/1/baseline-period", Period)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/key-facilities?year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/support-candidates?year=2024")).StatusCode);
    }

    [Fact]
    public async Task Reporters_read_their_own_baseline_only_and_trainers_none()
    {
        var own = await api.FacilityAsync("ROLE-OWN");
        var other = await api.FacilityAsync("ROLE-OTHER");
        for (var m = 1; m <= 12; m++)
        {
            await api.MonthAsync(own, new DateOnly(2023, m, 1), 40 + m, 400 + (7 * m));
            await api.MonthAsync(other, new DateOnly(2023, m, 1), 40, 400);
        }
        var reporter = await api.AsAsync("reporter", own);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/api/facilities/{own}/baseline")).StatusCode); // before the first run
        var analyst = await api.AsAsync("analyst");
        var started = await analyst.PostAsJsonAsync("/api/baselines/runs", new { facilityIds = new[] { own, other } }).ExpectAsync(HttpStatusCode.Accepted);
        var progress = await analyst.GetAsync($"/api/baselines/runs/{started.GetProperty("runId").GetGuid()}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, progress.GetProperty("facilitiesTotal").GetInt32());
        Assert.Equal("succeeded", (await api.WaitAsync(started.GetProperty("runId").GetGuid())).GetProperty("status").GetString());

        var body = await reporter.GetAsync($"/api/facilities/{own}/baseline").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(own, body.GetProperty("facilityId").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/api/facilities/{other}/baseline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync("/api/facilities/999999/baseline")).StatusCode);
        var trainer = await api.AsAsync("trainer");
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync($"/api/facilities/{own}/baseline")).StatusCode);
        await analyst.GetAsync($"/api/facilities/{other}/baseline").ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Hangfire_dashboard_is_for_admins_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync("/hangfire")).StatusCode);
        var bad = api.WithToken("not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bad.GetAsync("/hangfire")).StatusCode);
        var analyst = await api.AsAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/hangfire/jobs/enqueued")).StatusCode);
        var admin = await api.AdminAsync();
        var page = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("EnergySaving jobs", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_in_the_query_opens_neither_the_dashboard_nor_the_api()
    {
        var adminToken = await api.LoginAsync(ApiFixture.AdminEmail);
        var browser = api.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/hangfire?access_token={adminToken}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/api/auth/me?access_token={adminToken}")).StatusCode);
    }
}
