using System.Net.Http.Headers;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.ReportingYear;

/// <summary>The reporting year's routes get malformed bodies and queries as an admin: never a 5xx, and a refusal writes nothing.</summary>
public sealed class ReportingYearRobustnessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Routes =
    [
        "POST /api/facilities/{f}/annual-reports/2024/submit",
        "POST /api/facilities/{f}/annual-reports/2024/review",
        "POST /api/data-quality/{f}.2024-03.spike/dismiss",
        "POST /api/consumption/imports",
    ];

    private static readonly (string Body, string ContentType)[] Bodies =
    [
        ("", "application/json"), ("{", "application/json"), ("null", "application/json"), ("[]", "application/json"),
        ("{\"note\":{},\"decision\":1,\"reason\":[]}", "application/json"),
        ("{\"note\":\"" + new string('a', 5000) + "\",\"decision\":\"return\",\"reason\":\"\\u0000\"}", "application/json"),
        ("PK\u0003\u0004 not really a zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("\u00ff\u00fe garbage", "application/octet-stream"),
    ];

    [Fact]
    public async Task No_body_gets_a_5xx_and_a_refused_one_writes_nothing()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var failures = new List<string>();
        foreach (var route in Routes)
        {
            var parts = route.Split(' ');
            foreach (var (body, contentType) in Bodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1].Replace("{f}", facility.ToString()))
                {
                    Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
                };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                var before = await FingerprintAsync();
                var response = await admin.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status >= 500) failures.Add($"{route} [{contentType}] -> {status} {await response.Content.ReadAsStringAsync()}");
                else if (status >= 400 && await FingerprintAsync() is var after && after != before)
                    failures.Add($"{route} [{contentType}] -> {status} but wrote: {before} => {after}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/api/annual-reports?year=abc")]
    [InlineData("/api/annual-reports?year=2024&status=%00&format=xlsx")]
    [InlineData("/api/facilities/2147483647/annual-reports/2024")]
    [InlineData("/api/facilities/1/annual-reports/-1/form-1-1.xlsx")]
    [InlineData("/api/data-quality?year=99999&facilityId=-1&includeDismissed=maybe")]
    [InlineData("/api/data-quality?year=1800&code=%F0%9F%92%A9")]
    [InlineData("/api/reporting/completeness?year=2147483648")]
    [InlineData("/api/reporting/completeness?year=1990&format=XLSX")]
    [InlineData("/api/reminders?from=2024-02-30&to=x")]
    [InlineData("/api/consumption/imports/template.xlsx?facilityId=2147483647&year=0")]
    [InlineData("/api/facilities?format=%00")]
    public async Task No_query_gets_a_5xx(string url)
    {
        var response = await (await api.AdminAsync()).GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> FingerprintAsync()
    {
        await using var conn = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("""
            SELECT concat_ws(', ', 'reports=' || (SELECT count(*) FROM annual_reports), 'dismissals=' || (SELECT count(*) FROM data_quality_dismissals),
                'reminders=' || (SELECT count(*) FROM reminders), 'months=' || (SELECT count(*) FROM consumption_months))
            """, conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
