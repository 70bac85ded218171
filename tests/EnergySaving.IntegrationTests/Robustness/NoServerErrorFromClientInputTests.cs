using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Robustness;

/// <summary>
/// Every write route, as an admin (so authorization never hides a fault), gets bodies that are wrong
/// in every way we could think of. None may produce a 5xx, and none may write anything.
/// </summary>
public sealed class NoServerErrorFromClientInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Routes =
    [
        "POST /api/auth/login",
        "POST /api/users",
        "PUT /api/users/{u}",
        "POST /api/users/{u}/password",
        "POST /api/auth/password",
        "POST /api/facilities",
        "PUT /api/facilities/{f}",
        "PUT /api/facilities/{f}/consumption/2024-01",
        "POST /api/consumption/imports",
        "PUT /api/weather-stations/FUZZ/temperatures",
        "PUT /api/weather-stations/FUZZ",
        "PUT /api/facilities/{f}/baseline-period",
        "POST /api/training/courses",
        "PUT /api/training/courses/{c}",
        "POST /api/training/courses/{c}/participants",
        "PUT /api/training/courses/{c}/participants/{p}/outcome",
    ];

    private static readonly (string Body, string ContentType)[] Bodies =
    [
        ("", "application/json"),
        ("{", "application/json"),
        ("null", "application/json"),
        ("[]", "application/json"),
        ("{}", "application/json"),
        ("\"text\"", "application/json"),
        ("12345678901234567890123", "application/json"),
        ("{\"entries\":[null,{}],\"production\":{},\"code\":{},\"name\":1e999,\"kind\":\"weird\",\"startDate\":\"2024-02-30\"}", "application/json"),
        ("{\"email\":\"x\\u0000@x\",\"password\":\"\\ud800\",\"role\":\"admin\",\"facilityIds\":[-1,2147483647]}", "application/json"),
        ("{\"from\":\"0000-00\",\"to\":\"9999-99\",\"capacity\":-5,\"attended\":\"yes\",\"examScore\":\"NaN\"}", "application/json"),
        ("{\"fullName\":\"" + new string('a', 5000) + "\",\"facilityId\":999999999,\"dateOfBirth\":\"1800-01-01\"}", "application/json"),
        (new string('[', 3000) + new string(']', 3000), "application/json"),
        ("date,mean_c\n2024-01-01,\u0000\n\"unterminated", "text/csv"),
        ("facility_code,month\n,,,,,,,,\n", "text/csv"),
        ("\u00ff\u00fe garbage \u0001\u0002", "application/octet-stream"),
        ("<xml/>", "application/xml"),
    ];

    [Fact]
    public async Task No_body_on_any_write_route_gets_a_5xx_and_a_refused_one_writes_nothing()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var course = await admin.PostAsync("/api/training/courses", Json("""
            {"title":"Khoá QLNL","kind":"energy-manager","startDate":"2024-03-04","endDate":"2024-03-08","location":"Thái Bình","organizer":"TTKC"}
            """)).ExpectAsync(HttpStatusCode.Created);
        var courseId = course.GetProperty("id").GetInt32();
        var participant = await admin.PostAsync($"/api/training/courses/{courseId}/participants", Json($$"""
            {"fullName":"Nguyễn Văn An","facilityId":{{facility}}}
            """)).ExpectAsync(HttpStatusCode.Created);
        var participantId = participant.GetProperty("id").GetInt32();
        var user = await admin.PostAsync("/api/users", Json("""
            {"email":"fuzz-target@test.example","password":"Test-pass-2026","role":"analyst"}
            """)).ExpectAsync(HttpStatusCode.Created);
        var userId = user.GetProperty("id").GetString()!;
        var failures = new List<string>();
        foreach (var route in Routes)
        {
            var parts = route.Split(' ');
            var path = parts[1].Replace("{f}", facility.ToString()).Replace("{c}", courseId.ToString()).Replace("{p}", participantId.ToString())
                .Replace("{u}", userId);
            foreach (var (body, contentType) in Bodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(parts[0]), path)
                {
                    Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
                };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                var before = await Fingerprint();
                var response = await admin.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status >= 500)
                    failures.Add($"{route} [{contentType}] {Trim(body)} -> {status} {await response.Content.ReadAsStringAsync()}");
                else if (status >= 400 && await Fingerprint() is var after && after != before)
                    failures.Add($"{route} [{contentType}] {Trim(body)} -> {status} but wrote: {before} => {after}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/api/facilities?page=99999999999&pageSize=abc&sector=%00&search=%25%5F%5C%00")]
    [InlineData("/api/facilities/1/consumption?from=9999-99&to=0000-00")]
    [InlineData("/api/facilities/1/consumption/20x4-01/revisions")]
    [InlineData("/api/facilities/1/annual/-5")]
    [InlineData("/api/facilities/2147483647/baseline")]
    [InlineData("/api/facilities/1/energy-managers?on=2024-02-30")]
    [InlineData("/api/key-facilities?year=%F0%9F%92%A9")]
    [InlineData("/api/support-candidates?year=2147483648")]
    [InlineData("/api/compliance/energy-managers?year=1&on=x")]
    [InlineData("/api/baselines/runs/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/training/courses?year=-1&kind=%00")]
    [InlineData("/api/training/summary?year=99999")]
    [InlineData("/api/weather-stations/X%20Y%C3%A9/temperatures?from=2024-13-01")]
    [InlineData("/api/training/courses/2147483647/participants.csv")]
    public async Task No_query_gets_a_5xx(string url)
    {
        var admin = await api.AdminAsync();
        var response = await admin.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Trim(string s) => s.Length > 60 ? s[..60] + "…" : s;

    /// <summary>Row counts of every table a write route could touch.</summary>
    /// <summary>Row counts of every table a write route could touch, in one query.</summary>
    private async Task<string> Fingerprint()
    {
        await using var conn = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("""
            SELECT concat_ws(', ', 'users=' || (SELECT count(*) FROM users), 'facilities=' || (SELECT count(*) FROM facilities),
                'months=' || (SELECT count(*) FROM consumption_months), 'days=' || (SELECT count(*) FROM daily_temperatures),
                'stations=' || (SELECT count(*) FROM weather_stations), 'periods=' || (SELECT count(*) FROM baseline_periods),
                'courses=' || (SELECT count(*) FROM training_courses), 'participants=' || (SELECT count(*) FROM training_participants),
                'outcomes=' || (SELECT count(*) FROM training_participants WHERE attended IS NOT NULL))
            """, conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
