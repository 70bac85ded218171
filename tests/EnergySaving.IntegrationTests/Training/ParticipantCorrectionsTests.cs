using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Training;

/// <summary>PUT and DELETE of a participant (API.md "Participants: corrections").</summary>
public sealed class ParticipantCorrectionsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_correction_replaces_the_person_fields_and_keeps_the_outcome()
    {
        var trainer = await api.AsAsync("trainer");
        var (a, b) = (await api.CreateFacilityAsync(), await api.CreateFacilityAsync());
        var course = await trainer.CreateCourseAsync();
        var id = await trainer.EnrollAsync(course, "Nguyen Van An", a);
        await trainer.PutAsJsonAsync($"/api/training/courses/{course}/participants/{id}/outcome",
            new { attended = true, examScore = 80, passed = true }).ExpectAsync(HttpStatusCode.OK);

        var corrected = await trainer.PutAsJsonAsync($"/api/training/courses/{course}/participants/{id}",
            TrainingRequests.Person("  Nguyễn  Văn An ", b)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Nguyễn Văn An", corrected.GetProperty("fullName").GetString());
        Assert.Equal(b, corrected.GetProperty("facilityId").GetInt32());
        Assert.True(corrected.GetProperty("passed").GetBoolean());
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_participants WHERE id = @p0 AND facility_id = @p1 AND full_name = 'Nguyễn Văn An' AND passed", id, b));
    }

    [Fact]
    public async Task A_correction_into_a_person_already_enrolled_is_409_and_a_bad_body_400_and_nothing_changes()
    {
        var trainer = await api.AsAsync("trainer");
        var a = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();
        await trainer.EnrollAsync(course, "Lê Văn Bình", a);
        var id = await trainer.EnrollAsync(course, "Trần Thị Cúc", a);

        await trainer.PutAsJsonAsync($"/api/training/courses/{course}/participants/{id}", TrainingRequests.Person("lê văn bình", a))
            .ExpectAsync(HttpStatusCode.Conflict);
        var bad = await trainer.PutAsJsonAsync($"/api/training/courses/{course}/participants/{id}", new { fullName = " ", facilityId = a })
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("fullName", out _));
        await trainer.PutAsJsonAsync($"/api/training/courses/{course}/participants/999999", TrainingRequests.Person("X Y", a))
            .ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_participants WHERE id = @p0 AND full_name = 'Trần Thị Cúc'", id));
    }

    [Fact]
    public async Task Withdrawing_keeps_the_record_frees_the_seat_and_leaves_it_out_of_the_summary()
    {
        var trainer = await api.AsAsync("trainer");
        var a = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync(TrainingRequests.Course(capacity: 1));
        var id = await trainer.EnrollAsync(course, "Phạm Văn Dũng", a);
        await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", TrainingRequests.Person("Hoàng Văn Em", a))
            .ExpectAsync(HttpStatusCode.Conflict); // full

        var withdrawn = await trainer.DeleteAsync($"/api/training/courses/{course}/participants/{id}");
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_participants WHERE id = @p0 AND withdrawn AND withdrawn_by IS NOT NULL", id));

        await trainer.EnrollAsync(course, "Hoàng Văn Em", a); // the seat is free again
        var list = (await trainer.GetAsync($"/api/training/courses/{course}/participants").ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal([true, false], list.Select(p => p.GetProperty("withdrawn").GetBoolean()).ToArray());
        Assert.Equal(1, (await trainer.GetAsync($"/api/training/courses/{course}").ExpectAsync(HttpStatusCode.OK)).GetProperty("participants").GetInt32());

        var year = (await trainer.GetAsync($"/api/training/courses/{course}").ExpectAsync(HttpStatusCode.OK)).GetProperty("startDate").GetString()![..4];
        var before = await api.CountAsync("SELECT count(*) FROM training_participants p JOIN training_courses c ON c.id = p.course_id WHERE NOT p.withdrawn AND extract(year FROM c.start_date) = @p0", int.Parse(year));
        var summary = await trainer.GetAsync($"/api/training/summary?year={year}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(before, summary.GetProperty("participants").GetInt32());
    }

    [Fact]
    public async Task A_certificate_holder_cannot_be_withdrawn_and_analysts_may_not_correct()
    {
        var trainer = await api.AsAsync("trainer");
        var a = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();
        var id = await trainer.EnrollAsync(course, "Vũ Thị Giang", a);
        await trainer.PutAsJsonAsync($"/api/training/courses/{course}/participants/{id}/outcome",
            new { attended = true, passed = true, certificateNumber = $"C-{Guid.NewGuid():N}"[..12], certificateIssuedOn = "2025-01-10" }).ExpectAsync(HttpStatusCode.OK);
        var conflict = await trainer.DeleteAsync($"/api/training/courses/{course}/participants/{id}");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM training_participants WHERE id = @p0 AND withdrawn", id));

        var analyst = await api.AsAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync($"/api/training/courses/{course}/participants/{id}", TrainingRequests.Person("X Y", a))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.DeleteAsync($"/api/training/courses/{course}/participants/{id}")).StatusCode);
    }
}
