using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.SupportProjects;

/// <summary>The support programme's write routes, as an admin, with bodies wrong in every way: never a 5xx, and a refusal writes nothing.</summary>
public sealed class SupportRobustnessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Routes =
    [
        "POST /api/support-projects",
        "PUT /api/support-projects/{s}",
        "POST /api/support-projects/{s}/status",
        "POST /api/support-caps",
        "PUT /api/support-caps/1",
        "POST /api/programme/events",
        "PUT /api/programme/events/{e}",
    ];

    private static readonly (string Body, string ContentType)[] Bodies =
    [
        ("", "application/json"),
        ("{", "application/json"),
        ("null", "application/json"),
        ("[]", "application/json"),
        ("{}", "application/json"),
        ("{\"facilityId\":\"1\",\"year\":2024.5,\"kind\":[],\"totalCostVnd\":1e30,\"supportVnd\":\"5\"}", "application/json"),
        ("{\"facilityId\":2147483648,\"year\":-1,\"kind\":\"equipment\",\"fundingSource\":\"national\",\"title\":\"\\u0000\",\"totalCostVnd\":9223372036854775807,\"supportVnd\":9223372036854775807}", "application/json"),
        ("{\"status\":\"implemented\",\"on\":\"2024-02-30\",\"implementedFrom\":\"2024-13\",\"implementedTo\":\"0000-00\",\"note\":\"\\ud800\"}", "application/json"),
        ("{\"status\":\"approved\",\"on\":\"0001-01-01\"}", "application/json"),
        ("{\"kind\":\"equipment\",\"maxShare\":\"NaN\",\"maxVnd\":-1,\"validFrom\":\"x\",\"source\":\"" + new string('s', 5000) + "\"}", "application/json"),
        ("{\"kind\":\"conference\",\"topic\":\"other\",\"title\":\"T\",\"date\":\"2024-01-01\",\"participants\":2147483648}", "application/json"),
        (new string('[', 3000) + new string(']', 3000), "application/json"),
        ("<xml/>", "application/xml"),
    ];

    [Fact]
    public async Task No_body_on_any_support_or_programme_route_gets_a_5xx_and_a_refused_one_writes_nothing()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var project = await admin.CreateProjectAsync(SupportRequests.Project(facility, "ROBUST"));
        var ev = await admin.PostAsync("/api/programme/events", new StringContent(
            """{"kind":"conference","topic":"other","title":"ROBUST","date":"2024-01-01","participants":5}""", Encoding.UTF8, "application/json"))
            .ExpectAsync(HttpStatusCode.Created);
        var failures = new List<string>();
        foreach (var route in Routes)
        {
            var parts = route.Split(' ');
            var path = parts[1].Replace("{s}", project.ToString()).Replace("{e}", ev.GetProperty("id").GetInt32().ToString());
            foreach (var (body, contentType) in Bodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(parts[0]), path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                var before = await Fingerprint();
                var response = await admin.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status >= 500) failures.Add($"{route} {body[..Math.Min(60, body.Length)]} -> {status} {await response.Content.ReadAsStringAsync()}");
                else if (status >= 400 && await Fingerprint() is var after && after != before)
                    failures.Add($"{route} {body[..Math.Min(60, body.Length)]} -> {status} but wrote: {before} => {after}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/api/support-projects?year=%F0%9F%92%A9&facilityId=-1&status=%00&kind=x&format=%00")]
    [InlineData("/api/support-projects/2147483647/savings?months=99999999999")]
    [InlineData("/api/support-projects/2147483647")]
    [InlineData("/api/programme/events?year=2147483648&format=docx")]
    [InlineData("/api/reports/center-annual?year=99999&format=%00")]
    [InlineData("/api/reports/center-annual?year=1990&format=docx")]
    [InlineData("/api/reports/center-annual?year=2100&format=xlsx")]
    public async Task No_query_gets_a_5xx(string url)
    {
        var admin = await api.AdminAsync();
        var response = await admin.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> Fingerprint()
    {
        await using var conn = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("""
            SELECT concat_ws(', ',
                (SELECT string_agg(concat_ws('/', id, status, title, support_vnd, total_cost_vnd, implemented_from), ';' ORDER BY id) FROM support_projects),
                'history=' || (SELECT count(*) FROM support_project_history),
                (SELECT string_agg(concat_ws('/', id, max_share, max_vnd, valid_from, source), ';' ORDER BY id) FROM support_caps),
                (SELECT string_agg(concat_ws('/', id, kind, topic, title, participants, date), ';' ORDER BY id) FROM programme_events))
            """, conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
