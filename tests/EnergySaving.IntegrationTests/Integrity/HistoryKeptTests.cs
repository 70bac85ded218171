using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>Training outcomes and temperatures keep their history (who, when, what it was); a certificate is only taken away with a reason.</summary>
public sealed class HistoryKeptTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Taking_a_certificate_away_needs_a_revocation_reason_and_every_outcome_is_kept()
    {
        var facility = await api.CreateFacilityAsync();
        var trainer = await api.AsAsync("trainer");
        var course = await trainer.CreateCourseAsync(TrainingRequests.Course(code: "REVOKE-1"));
        var participant = await trainer.EnrollAsync(course, "Nguyễn Văn Bình", facility);
        await trainer.OutcomeAsync(course, participant, TrainingRequests.Certified("CERT-REVOKE-1")).ExpectAsync(HttpStatusCode.OK);

        var failed = new { attended = true, examScore = 4.0m, passed = false };
        await trainer.OutcomeAsync(course, participant, failed).ExpectFieldErrorAsync("revocationReason");
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_participants WHERE id = @p0 AND certificate_number = 'CERT-REVOKE-1' AND passed", participant));

        await trainer.OutcomeAsync(course, participant, new { attended = true, examScore = 4.0m, passed = false, revocationReason = "Exam re-marked: 4.0" })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_participants WHERE id = @p0 AND certificate_number IS NULL AND NOT passed", participant));

        var revisions = await trainer.GetAsync($"/api/training/courses/{course}/participants/{participant}/outcome/revisions").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, revisions.GetArrayLength());
        Assert.Equal("CERT-REVOKE-1", revisions[0].GetProperty("certificateNumber").GetString());
        Assert.Equal(8.5m, revisions[0].GetProperty("examScore").GetDecimal());
        Assert.False(revisions[1].GetProperty("passed").GetBoolean());
        Assert.Equal("Exam re-marked: 4.0", revisions[1].GetProperty("revocationReason").GetString());
        Assert.All(revisions.EnumerateArray(), r => Assert.StartsWith("trainer", r.GetProperty("recordedBy").GetString()));
    }

    [Fact]
    public async Task A_replaced_temperature_is_kept_with_who_and_when_and_an_unchanged_one_is_not()
    {
        var analyst = await api.AsAsync("analyst");
        const string url = "/api/weather-stations/HIST-ST/temperatures";
        await analyst.PutAsync(url, Csv("date,mean_c\n2024-01-01,16.5\n2024-01-02,17.0\n")).ExpectAsync(HttpStatusCode.OK);
        await analyst.PutAsync(url, Csv("date,mean_c\n2024-01-01,16.5\n2024-01-02,18.25\n")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, await api.CountAsync("""
            SELECT count(*) FROM temperature_revisions r JOIN weather_stations s ON s.id = r.station_id
            WHERE s.code = 'HIST-ST' AND r.date = '2024-01-02' AND r.mean_c = 17.0 AND r.replaced_by LIKE 'analyst%'
            """));
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM temperature_revisions r JOIN weather_stations s ON s.id = r.station_id WHERE s.code = 'HIST-ST'"));
        Assert.Equal(1, await api.CountAsync("""
            SELECT count(*) FROM daily_temperatures t JOIN weather_stations s ON s.id = t.station_id
            WHERE s.code = 'HIST-ST' AND t.date = '2024-01-02' AND t.mean_c = 18.25
            """));
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
