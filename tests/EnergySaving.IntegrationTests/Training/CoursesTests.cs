using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Training;

public sealed class CoursesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Create_read_and_update_a_course()
    {
        var trainer = await api.AsAsync("trainer");
        var created = await trainer.PostAsJsonAsync("/api/training/courses", TrainingRequests.Course("CRS-1", capacity: 30)).ExpectAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("energy-manager", created.GetProperty("kind").GetString());
        Assert.Equal("2025-06-02", created.GetProperty("startDate").GetString());
        Assert.Equal(30, created.GetProperty("capacity").GetInt32());

        var read = await trainer.GetAsync($"/api/training/courses/{id}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Khoá đào tạo Người quản lý năng lượng", read.GetProperty("title").GetString());
        Assert.Equal(0, read.GetProperty("participants").GetInt32());

        var updated = await trainer.PutAsJsonAsync($"/api/training/courses/{id}",
            TrainingRequests.Course("CRS-1", kind: "energy-auditor", start: "2025-07-01", end: "2025-07-03")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("energy-auditor", updated.GetProperty("kind").GetString());
        Assert.False(updated.TryGetProperty("capacity", out _));
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_courses WHERE id = @p0 AND kind = 'energy-auditor' AND capacity IS NULL", id));
    }

    [Fact]
    public async Task Duplicate_code_is_409_and_changes_nothing_but_courses_without_code_are_fine()
    {
        var trainer = await api.AsAsync("trainer");
        await trainer.CreateCourseAsync(TrainingRequests.Course("DUP-C"));
        var conflict = await trainer.PostAsJsonAsync("/api/training/courses", TrainingRequests.Course("DUP-C", title: "Another")).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("DUP-C", conflict.GetProperty("detail").GetString());
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM training_courses WHERE title = 'Another'"));

        var other = await trainer.CreateCourseAsync(TrainingRequests.Course("DUP-D"));
        await trainer.PutAsJsonAsync($"/api/training/courses/{other}", TrainingRequests.Course("DUP-C")).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_courses WHERE code = 'DUP-D'"));

        await trainer.CreateCourseAsync(TrainingRequests.Course());
        await trainer.CreateCourseAsync(TrainingRequests.Course(code: "  "));
    }

    [Theory]
    [InlineData("title", """{"kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    [InlineData("kind", """{"title":"T","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    [InlineData("kind", """{"title":"T","kind":"seminar","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    [InlineData("kind", """{"title":"T","kind":"Energy-Manager","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    [InlineData("startDate", """{"title":"T","kind":"awareness","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    [InlineData("endDate", """{"title":"T","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-02","location":"L","organizer":"O"}""")]
    [InlineData("startDate", """{"title":"T","kind":"awareness","startDate":"2025-13-03","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    [InlineData("startDate", """{"title":"T","kind":"awareness","startDate":"0001-01-01","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    [InlineData("location", """{"title":"T","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","organizer":"O"}""")]
    [InlineData("organizer", """{"title":"T","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":" "}""")]
    [InlineData("capacity", """{"title":"T","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O","capacity":0}""")]
    [InlineData("capacity", """{"title":"T","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O","capacity":"5"}""")]
    [InlineData("code", """{"code":"has space","title":"T","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    [InlineData("title", """{"title":"T\u0000","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O"}""")]
    public async Task Invalid_course_bodies_get_400_naming_the_field_and_write_nothing(string field, string json)
    {
        var trainer = await api.AsAsync("trainer");
        var before = await api.CountAsync("SELECT count(*) FROM training_courses");
        await trainer.PostAsync("/api/training/courses", new StringContent(json, Encoding.UTF8, "application/json")).ExpectFieldErrorAsync(field);
        Assert.Equal(before, await api.CountAsync("SELECT count(*) FROM training_courses"));

        var id = await trainer.CreateCourseAsync(TrainingRequests.Course());
        await trainer.PutAsync($"/api/training/courses/{id}", new StringContent(json, Encoding.UTF8, "application/json")).ExpectFieldErrorAsync(field);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_courses WHERE id = @p0 AND kind = 'energy-manager'", id));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task Malformed_bodies_are_400_not_500(string json)
    {
        var trainer = await api.AsAsync("trainer");
        var response = await trainer.PostAsync("/api/training/courses", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_filters_are_validated()
    {
        var analyst = await api.AsAsync("analyst");
        await analyst.GetAsync("/api/training/courses?year=abc").ExpectFieldErrorAsync("year");
        await analyst.GetAsync("/api/training/courses?year=99999").ExpectFieldErrorAsync("year");
        await analyst.GetAsync("/api/training/courses?kind=seminar").ExpectFieldErrorAsync("kind");
        await analyst.GetAsync("/api/training/summary").ExpectFieldErrorAsync("year");
        await analyst.GetAsync("/api/training/summary?year=-1").ExpectFieldErrorAsync("year");
    }

    [Fact]
    public async Task Unknown_course_is_404()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        await trainer.GetAsync("/api/training/courses/987654").ExpectAsync(HttpStatusCode.NotFound);
        await trainer.PutAsJsonAsync("/api/training/courses/987654", TrainingRequests.Course()).ExpectAsync(HttpStatusCode.NotFound);
        await trainer.GetAsync("/api/training/courses/987654/participants").ExpectAsync(HttpStatusCode.NotFound);
        await trainer.PostAsJsonAsync("/api/training/courses/987654/participants", TrainingRequests.Person("A B", facility)).ExpectAsync(HttpStatusCode.NotFound);
        await trainer.GetAsync("/api/training/courses/987654/participants.csv").ExpectAsync(HttpStatusCode.NotFound);
        await trainer.OutcomeAsync(987654, 1, TrainingRequests.Certified("X-404")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM training_participants WHERE facility_id = @p0", facility));
    }

    [Fact]
    public async Task Capacity_cannot_drop_below_the_participants_enrolled()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync(TrainingRequests.Course("CAP-U", capacity: 5));
        foreach (var name in new[] { "Phạm Thị Lan", "Vũ Đức Thắng", "Hoàng Minh Tuấn" }) await trainer.EnrollAsync(course, name, facility);

        await trainer.PutAsJsonAsync($"/api/training/courses/{course}", TrainingRequests.Course("CAP-U", capacity: 2)).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal(5, await api.CountAsync("SELECT capacity FROM training_courses WHERE id = @p0", course));
        var ok = await trainer.PutAsJsonAsync($"/api/training/courses/{course}", TrainingRequests.Course("CAP-U", capacity: 3)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, ok.GetProperty("participants").GetInt32());
        await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", TrainingRequests.Person("Đỗ Văn Hùng", facility)).ExpectAsync(HttpStatusCode.Conflict);
    }
}
