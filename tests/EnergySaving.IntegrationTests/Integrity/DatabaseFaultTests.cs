using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>
/// A burst larger than the server's connection limit waits for the pool instead of failing; every 2xx answer is
/// what was stored; a stopped database gives 503 with Retry-After and the service recovers by itself.
/// </summary>
public sealed class DatabaseFaultTests(SmallServerFixture api) : IClassFixture<SmallServerFixture>
{
    [Fact]
    public async Task Two_hundred_concurrent_writers_get_no_server_error_and_every_success_is_stored()
    {
        var facilities = new List<int>();
        for (var i = 0; i < 10; i++) facilities.Add(await api.CreateFacilityAsync());
        var admin = await api.AdminAsync();

        // 200 writers at once: 10 facilities × 20 months, each with its own quantity (1000 + n kWh).
        var answers = new ConcurrentBag<(int Facility, string Month, double Kwh, HttpStatusCode Status, string Body)>();
        using var start = new SemaphoreSlim(0);
        var writers = Enumerable.Range(0, 200).Select(async n =>
        {
            var facility = facilities[n % 10];
            var month = $"{2020 + (n / 10 / 12)}-{(n / 10 % 12) + 1:00}";
            double kwh = 1000 + n;
            await start.WaitAsync();
            var response = await admin.PutAsJsonAsync($"/api/facilities/{facility}/consumption/{month}",
                new { entries = new[] { new { carrier = "electricity", quantity = kwh, unit = "kWh" } } });
            answers.Add((facility, month, kwh, response.StatusCode, await response.Content.ReadAsStringAsync()));
        }).ToList();
        start.Release(200);
        await Task.WhenAll(writers);

        Assert.Equal(200, answers.Count);
        var failures = answers.Where(a => (int)a.Status >= 500).ToList();
        Assert.True(failures.All(a => a.Status == HttpStatusCode.ServiceUnavailable),
            "Only 503 may come from the server: " + string.Join("; ", failures.Take(3).Select(f => $"{(int)f.Status} {f.Body}")));
        // With requests waiting for the pool, a healthy server answers all of them.
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        foreach (var a in answers)
        {
            var stored = await api.CountAsync(
                "SELECT count(*) FROM consumption_months WHERE facility_id = @p0 AND month = @p1 AND quantities = ARRAY[@p2]::float8[] AND revision = 1",
                a.Facility, DateOnly.ParseExact(a.Month + "-01", "yyyy-MM-dd"), a.Kwh);
            Assert.True(stored == 1, $"{a.Facility} {a.Month}: answered {(int)a.Status} but not stored as sent");
            Assert.Equal(a.Kwh * 0.0001543, JsonDocument.Parse(a.Body).RootElement.GetProperty("totalToe").GetDouble(), 9);
        }
    }

    [Fact]
    public async Task Concurrent_corrections_of_one_month_each_answer_with_their_own_revision()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var url = $"/api/facilities/{facility}/consumption/2023-06";
        using var start = new SemaphoreSlim(0);
        var writers = Enumerable.Range(1, 40).Select(async n =>
        {
            await start.WaitAsync();
            var response = await admin.PutAsJsonAsync(url, new { entries = new[] { new { carrier = "electricity", quantity = 10_000.0 * n, unit = "kWh" } } });
            return (Sent: 10_000.0 * n, Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(40);
        var answers = await Task.WhenAll(writers);

        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.OK, a.Body));
        var revisions = new List<int>();
        foreach (var (sent, _, body) in answers)
        {
            var json = JsonDocument.Parse(body).RootElement;
            // The answer describes this request's write, not another writer's that committed just after.
            Assert.Equal(sent, json.GetProperty("entries")[0].GetProperty("quantity").GetDouble());
            var revision = json.GetProperty("revision").GetInt32();
            revisions.Add(revision);
            var storedAsRevision = await api.CountAsync("""
                SELECT count(*) FROM (
                    SELECT revision, quantities FROM consumption_months WHERE facility_id = @p0
                    UNION ALL SELECT revision, quantities FROM consumption_revisions WHERE facility_id = @p0) r
                WHERE r.revision = @p1 AND r.quantities = ARRAY[@p2]::float8[]
                """, facility, revision, sent);
            Assert.Equal(1, storedAsRevision);
        }
        Assert.Equal(Enumerable.Range(1, 40), revisions.Order());
    }

    [Fact]
    public async Task A_stopped_database_gives_503_with_retry_after_and_the_service_recovers_by_itself()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        await api.Cluster.StopServerAsync();
        try
        {
            foreach (var call in new Func<Task<HttpResponseMessage>>[]
            {
                () => admin.GetAsync("/api/facilities"),
                () => admin.GetAsync($"/api/facilities/{facility}/consumption"),
                () => admin.PutAsJsonAsync($"/api/facilities/{facility}/consumption/2024-01",
                    new { entries = new[] { new { carrier = "electricity", quantity = 1000.0, unit = "kWh" } } }),
                () => api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = ApiFixture.AdminEmail, password = ApiFixture.Password }),
            })
            {
                var response = await call();
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {text}");
                Assert.Equal("5", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal("database.unavailable", System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
            }
        }
        finally
        {
            await api.Cluster.StartServerAsync();
        }

        // No restart of the service: the pool drops its dead connections and the next requests succeed. The limit is
        // generous (a busy machine restarts PostgreSQL slowly): it fails only when the service never recovers.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        HttpStatusCode status;
        do
        {
            status = (await admin.GetAsync("/api/facilities")).StatusCode;
            if (status == HttpStatusCode.OK) break;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            await Task.Delay(250);
        } while (DateTime.UtcNow < deadline);
        Assert.True(status == HttpStatusCode.OK, $"Awaited GET /api/facilities answering 200 after the database came back; still {(int)status} after 120 s.");
        await admin.PutAsJsonAsync($"/api/facilities/{facility}/consumption/2024-01",
            new { entries = new[] { new { carrier = "electricity", quantity = 1000.0, unit = "kWh" } } }).ExpectAsync(HttpStatusCode.Created);
    }
}
