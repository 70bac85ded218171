using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Training;

/// <summary>Bodies and calls the training tests share.</summary>
public static class TrainingRequests
{
    public static object Course(string? code = null, string kind = "energy-manager", string start = "2025-06-02", string end = "2025-06-06",
        int? capacity = null, string title = "Khoá đào tạo Người quản lý năng lượng") => new
    {
        code, title, kind, startDate = start, endDate = end,
        location = "Hội trường Sở Công Thương, TP. Thái Bình",
        organizer = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Bình",
        capacity,
    };

    public static object Person(string fullName, int facilityId) => new
    {
        fullName, facilityId, position = "Trưởng phòng Kỹ thuật", email = "an.nv@demo.example", phone = "0912 345 678", dateOfBirth = "1980-05-17",
    };

    public static async Task<int> CreateCourseAsync(this HttpClient client, object? body = null)
    {
        var created = await client.PostAsJsonAsync("/api/training/courses", body ?? Course()).ExpectAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static async Task<int> EnrollAsync(this HttpClient client, int courseId, string fullName, int facilityId)
    {
        var created = await client.PostAsJsonAsync($"/api/training/courses/{courseId}/participants", Person(fullName, facilityId))
            .ExpectAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> OutcomeAsync(this HttpClient client, int courseId, int participantId, object body) =>
        client.PutAsJsonAsync($"/api/training/courses/{courseId}/participants/{participantId}/outcome", body);

    public static object Certified(string number, string issuedOn = "2025-06-27", string? validUntil = "2030-12-31", decimal score = 8.5m) => new
    {
        attended = true, examScore = score, passed = true, certificateNumber = number, certificateIssuedOn = issuedOn, certificateValidUntil = validUntil,
    };
}
