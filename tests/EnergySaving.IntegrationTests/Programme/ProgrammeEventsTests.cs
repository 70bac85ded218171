using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Programme;

public sealed class ProgrammeEventsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static object Event(string title, string date = "2026-05-12", int participants = 120, string kind = "conference", string topic = "cleaner-production") =>
        new { kind, topic, title, date, district = "Quỳnh Phụ", commune = "Xã An Vinh", participants, fundingSource = "local", costVnd = 45_000_000 };

    [Fact]
    public async Task Add_list_edit_and_delete_events()
    {
        var trainer = await api.AsAsync("trainer");
        var created = await trainer.PostAsJsonAsync("/api/programme/events", Event("EV-ADD")).ExpectAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(("conference", "cleaner-production", 120), (created.GetProperty("kind").GetString(), created.GetProperty("topic").GetString(), created.GetProperty("participants").GetInt32()));

        var analyst = await api.AsAsync("analyst");
        await analyst.PostAsJsonAsync("/api/programme/events", Event("EV-OTHER-YEAR", date: "2025-12-31")).ExpectAsync(HttpStatusCode.Created);
        var list = await analyst.GetAsync("/api/programme/events?year=2026").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["EV-ADD"], list.EnumerateArray().Select(e => e.GetProperty("title").GetString()));
        await analyst.GetAsync("/api/programme/events?year=twenty").ExpectFieldErrorAsync("year");

        var updated = await analyst.PutAsJsonAsync($"/api/programme/events/{id}", Event("EV-ADD", participants: 131, kind: "training", topic: "electrical-safety"))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(131, updated.GetProperty("participants").GetInt32());
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM programme_events WHERE id = @p0 AND kind = 'training' AND participants = 131", id));

        await analyst.DeleteAsync($"/api/programme/events/{id}").ExpectAsync(HttpStatusCode.NoContent);
        await analyst.DeleteAsync($"/api/programme/events/{id}").ExpectAsync(HttpStatusCode.NotFound);
        await analyst.PutAsJsonAsync($"/api/programme/events/{id}", Event("EV-ADD")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM programme_events WHERE id = @p0", id));
    }

    [Fact]
    public async Task Reporters_may_not_see_or_add_events()
    {
        var facility = await api.CreateFacilityAsync();
        var reporter = await api.AsAsync("reporter", facility);
        await reporter.GetAsync("/api/programme/events").ExpectAsync(HttpStatusCode.Forbidden);
        await reporter.PostAsJsonAsync("/api/programme/events", Event("EV-REP")).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM programme_events WHERE title = 'EV-REP'"));
    }

    [Theory]
    [InlineData("kind", """{"kind":"party","topic":"other","title":"T","date":"2026-01-01","participants":1}""")]
    [InlineData("topic", """{"kind":"conference","title":"T","date":"2026-01-01","participants":1}""")]
    [InlineData("title", """{"kind":"conference","topic":"other","date":"2026-01-01","participants":1}""")]
    [InlineData("date", """{"kind":"conference","topic":"other","title":"T","participants":1}""")]
    [InlineData("participants", """{"kind":"conference","topic":"other","title":"T","date":"2026-01-01","participants":-1}""")]
    [InlineData("participants", """{"kind":"conference","topic":"other","title":"T","date":"2026-01-01"}""")]
    [InlineData("fundingSource", """{"kind":"conference","topic":"other","title":"T","date":"2026-01-01","participants":1,"fundingSource":"bank"}""")]
    [InlineData("costVnd", """{"kind":"conference","topic":"other","title":"T","date":"2026-01-01","participants":1,"costVnd":-5}""")]
    public async Task Bad_bodies_are_400_naming_the_field_and_write_nothing(string field, string json)
    {
        var admin = await api.AdminAsync();
        await admin.PostAsync("/api/programme/events", new StringContent(json, Encoding.UTF8, "application/json")).ExpectFieldErrorAsync(field);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM programme_events WHERE title = 'T'"));
    }

    [Fact]
    public async Task Csv_export_has_the_json_rows_with_neutralised_text()
    {
        var admin = await api.AdminAsync();
        await admin.PostAsJsonAsync("/api/programme/events", Event("+cmd|' /C calc'!A0", date: "2027-03-03")).ExpectAsync(HttpStatusCode.Created);
        var response = await admin.GetAsync("/api/programme/events?year=2027&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("id,kind,topic,title,date", lines[0]);
        Assert.Contains(",'+cmd|' /C calc'!A0,2027-03-03,", lines[1]);
    }
}
