using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Training;

/// <summary>Every training route per role: trainers and admins write, analysts read, reporters get 403, anonymous 401.</summary>
public sealed class TrainingRolesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static int _unique;

    /// <summary>Every training route, built fresh so that each call would succeed for a role allowed to make it.</summary>
    private static IEnumerable<(string Route, bool Write, Func<HttpClient, Task<HttpResponseMessage>> Call, HttpStatusCode Success)> Routes(
        int courseId, int participantId, int facilityId)
    {
        var n = Interlocked.Increment(ref _unique);
        yield return ("POST courses", true, c => c.PostAsJsonAsync("/api/training/courses", TrainingRequests.Course($"R-{n}")), HttpStatusCode.Created);
        yield return ("GET courses", false, c => c.GetAsync("/api/training/courses?year=2025&kind=energy-manager"), HttpStatusCode.OK);
        yield return ("GET course", false, c => c.GetAsync($"/api/training/courses/{courseId}"), HttpStatusCode.OK);
        yield return ("PUT course", true, c => c.PutAsJsonAsync($"/api/training/courses/{courseId}", TrainingRequests.Course($"RC-{n}", capacity: 50)), HttpStatusCode.OK);
        yield return ("POST participant", true,
            c => c.PostAsJsonAsync($"/api/training/courses/{courseId}/participants", TrainingRequests.Person($"Người học {n}", facilityId)), HttpStatusCode.Created);
        yield return ("GET participants", false, c => c.GetAsync($"/api/training/courses/{courseId}/participants"), HttpStatusCode.OK);
        yield return ("PUT outcome", true,
            c => c.OutcomeAsync(courseId, participantId, TrainingRequests.Certified($"QLNL-R-{n}")), HttpStatusCode.OK);
        yield return ("GET csv", true, c => c.GetAsync($"/api/training/courses/{courseId}/participants.csv"), HttpStatusCode.OK);
        yield return ("GET summary", false, c => c.GetAsync("/api/training/summary?year=2025"), HttpStatusCode.OK);
        yield return ("GET energy managers", false, c => c.GetAsync($"/api/facilities/{facilityId}/energy-managers?on=2026-01-01"), HttpStatusCode.OK);
    }

    private async Task<(int Course, int Participant, int Facility)> SeedAsync()
    {
        var facility = await api.CreateFacilityAsync();
        var admin = await api.AdminAsync();
        var course = await admin.CreateCourseAsync(TrainingRequests.Course($"SEED-{Interlocked.Increment(ref _unique)}", capacity: 50));
        var participant = await admin.EnrollAsync(course, "Nguyễn Văn An", facility);
        return (course, participant, facility);
    }

    private Task<long> RowsAsync() => api.CountAsync(
        "SELECT (SELECT count(*) FROM training_courses) * 1000000 + (SELECT count(*) FROM training_participants) * 1000 + " +
        "(SELECT count(*) FROM training_participants WHERE certificate_number IS NOT NULL)");

    [Theory]
    [InlineData("admin")]
    [InlineData("trainer")]
    public async Task Writers_may_call_every_route(string role)
    {
        var (course, participant, facility) = await SeedAsync();
        var client = role == "admin" ? await api.AdminAsync() : await api.AsAsync(role);
        foreach (var (route, _, call, success) in Routes(course, participant, facility))
        {
            var response = await call(client);
            Assert.True(response.StatusCode == success, $"{role} {route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Analysts_read_but_do_not_write_or_export()
    {
        var (course, participant, facility) = await SeedAsync();
        var analyst = await api.AsAsync("analyst");
        var before = await RowsAsync();
        foreach (var (route, write, call, success) in Routes(course, participant, facility))
        {
            var response = await call(analyst);
            var expected = write ? HttpStatusCode.Forbidden : success;
            Assert.True(response.StatusCode == expected, $"analyst {route}: {(int)response.StatusCode}");
        }
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task Reporters_get_403_and_anonymous_401_everywhere()
    {
        var (course, participant, facility) = await SeedAsync();
        var reporter = await api.AsAsync("reporter", facility);
        var anonymous = api.Anonymous();
        var before = await RowsAsync();
        foreach (var (route, _, call, _) in Routes(course, participant, facility))
        {
            Assert.True((await call(reporter)).StatusCode == HttpStatusCode.Forbidden, $"reporter {route}");
            Assert.True((await call(anonymous)).StatusCode == HttpStatusCode.Unauthorized, $"anonymous {route}");
        }
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task Personal_data_is_shown_to_trainers_and_admins_only()
    {
        var (course, _, facility) = await SeedAsync();
        static JsonElement First(JsonElement list) => list.EnumerateArray().First(p => p.GetProperty("fullName").GetString() == "Nguyễn Văn An");

        foreach (var role in new[] { "admin", "trainer" })
        {
            var client = role == "admin" ? await api.AdminAsync() : await api.AsAsync(role);
            var p = First(await client.GetAsync($"/api/training/courses/{course}/participants").ExpectAsync(HttpStatusCode.OK));
            Assert.Equal("an.nv@demo.example", p.GetProperty("email").GetString());
            Assert.Equal("0912 345 678", p.GetProperty("phone").GetString());
            Assert.Equal("1980-05-17", p.GetProperty("dateOfBirth").GetString());
        }

        var analyst = await api.AsAsync("analyst");
        var seen = First(await analyst.GetAsync($"/api/training/courses/{course}/participants").ExpectAsync(HttpStatusCode.OK));
        Assert.Equal(facility, seen.GetProperty("facilityId").GetInt32());
        Assert.Equal("Trưởng phòng Kỹ thuật", seen.GetProperty("position").GetString());
        foreach (var hidden in new[] { "email", "phone", "dateOfBirth" })
            Assert.False(seen.TryGetProperty(hidden, out _), $"analyst sees {hidden}");
        var raw = await (await analyst.GetAsync($"/api/training/courses/{course}/participants")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("demo.example", raw);
        Assert.DoesNotContain("1980-05-17", raw);
    }
}
