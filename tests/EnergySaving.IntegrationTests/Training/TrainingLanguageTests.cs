using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Training;

/// <summary>
/// A refusal of the training rules answers the same code and arguments in every language; its text is Vietnamese
/// for Accept-Language: vi (Content-Language: vi), English otherwise; and nothing is written either way.
/// </summary>
public sealed class TrainingLanguageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    internal static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string url,
        object? body, string? language)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, json);
    }

    [Fact]
    public async Task Enrolling_in_a_full_course_is_409_with_one_code_in_both_languages_and_writes_nothing()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync(TrainingRequests.Course(capacity: 2));
        await trainer.EnrollAsync(course, "Phạm Thị Lan", facility);
        await trainer.EnrollAsync(course, "Vũ Đức Thắng", facility);
        var url = $"/api/training/courses/{course}/participants";
        var person = TrainingRequests.Person("Hoàng Minh Tuấn", facility);

        var (vi, viBody) = await SendAsync(trainer, HttpMethod.Post, url, person, "vi-VN,vi;q=0.9,en;q=0.5");
        var (en, enBody) = await SendAsync(trainer, HttpMethod.Post, url, person, null);

        Assert.Equal(HttpStatusCode.Conflict, vi.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, en.StatusCode);
        Assert.Equal("vi", Assert.Single(vi.Content.Headers.ContentLanguage));
        Assert.Equal("en", Assert.Single(en.Content.Headers.ContentLanguage));
        Assert.Equal("training.course.full", viBody.GetProperty("code").GetString());
        Assert.Equal(enBody.GetProperty("code").GetString(), viBody.GetProperty("code").GetString());
        Assert.Equal(enBody.GetProperty("args").GetRawText(), viBody.GetProperty("args").GetRawText());
        Assert.Equal(course, viBody.GetProperty("args").GetProperty("id").GetInt32());
        Assert.Equal(2, viBody.GetProperty("args").GetProperty("capacity").GetInt32());
        Assert.Equal($"Khoá học {course} đã đủ học viên (2 người).", viBody.GetProperty("detail").GetString());
        Assert.Equal($"Course {course} is full (2 participants).", enBody.GetProperty("detail").GetString());

        Assert.Equal(2, await api.CountAsync("SELECT count(*) FROM training_participants WHERE course_id = @p0", course));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM training_participants WHERE full_name = 'Hoàng Minh Tuấn'"));
    }

    [Fact]
    public async Task An_invalid_outcome_is_400_with_the_same_error_codes_in_both_languages_and_changes_nothing()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();
        var participant = await trainer.EnrollAsync(course, "Đỗ Thị Hoa", facility);
        var url = $"/api/training/courses/{course}/participants/{participant}/outcome";
        var body = new { attended = false, examScore = 120, passed = true, certificateNumber = "QLNL-2025-001", certificateIssuedOn = "2025-06-27" };

        var (vi, viBody) = await SendAsync(trainer, HttpMethod.Put, url, body, "vi");
        var (en, enBody) = await SendAsync(trainer, HttpMethod.Put, url, body, "en");

        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Equal("vi", Assert.Single(vi.Content.Headers.ContentLanguage));
        Assert.Equal(enBody.GetProperty("errorCodes").GetRawText(), viBody.GetProperty("errorCodes").GetRawText());
        var codes = viBody.GetProperty("errorCodes");
        Assert.Equal("training.outcome.score-out-of-range", codes.GetProperty("examScore")[0].GetProperty("code").GetString());
        Assert.Equal("training.outcome.passed-without-attending", codes.GetProperty("passed")[0].GetProperty("code").GetString());
        Assert.Equal("Điểm thi phải từ 0 đến 100.", viBody.GetProperty("errors").GetProperty("examScore")[0].GetString());
        Assert.Equal("Học viên không tham dự thì không thể đạt.", viBody.GetProperty("errors").GetProperty("passed")[0].GetString());
        Assert.Equal("examScore must be between 0 and 100.", enBody.GetProperty("errors").GetProperty("examScore")[0].GetString());

        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM outcome_revisions WHERE participant_id = @p0", participant));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM training_participants WHERE id = @p0 AND attended IS NOT NULL", participant));
    }
}
