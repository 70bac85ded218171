using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.SupportProjects;

public static class SupportRequests
{
    public static object Project(int facilityId, string title, int year = 2025, string kind = "equipment", string fundingSource = "national",
        long totalCostVnd = 600_000_000, long supportVnd = 250_000_000) =>
        new { facilityId, year, kind, fundingSource, title, description = "Thay thiết bị", totalCostVnd, supportVnd };

    public static async Task<int> CreateProjectAsync(this HttpClient client, object body)
    {
        var created = await client.PostAsJsonAsync("/api/support-projects", body).ExpectAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, int id, string status, string on,
        string? from = null, string? to = null, string? note = null) =>
        client.PostAsJsonAsync($"/api/support-projects/{id}/status", new { status, on, implementedFrom = from, implementedTo = to, note });
}
