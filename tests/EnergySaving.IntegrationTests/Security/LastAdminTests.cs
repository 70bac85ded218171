using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>Issue 8, point 2: the last enabled admin cannot be disabled, demoted or deleted (409, nothing changes).</summary>
public sealed class LastAdminTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_last_enabled_admin_stays_an_enabled_admin()
    {
        var admin = await api.AdminAsync();
        var users = await admin.GetAsync("/api/users").ExpectAsync(HttpStatusCode.OK);
        var adminId = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == ApiFixture.AdminEmail).GetProperty("id").GetString()!;

        // A second admin, disabled: still only one enabled admin.
        var second = await admin.PostAsJsonAsync("/api/users", new { email = "second-admin@test.example", password = ApiFixture.Password, role = "admin" })
            .ExpectAsync(HttpStatusCode.Created);
        var secondId = second.GetProperty("id").GetString()!;
        await admin.PutAsJsonAsync($"/api/users/{secondId}", new { disabled = true }).ExpectAsync(HttpStatusCode.OK);

        await admin.PutAsJsonAsync($"/api/users/{adminId}", new { disabled = true }).ExpectAsync(HttpStatusCode.Conflict);
        await admin.PutAsJsonAsync($"/api/users/{adminId}", new { role = "analyst" }).ExpectAsync(HttpStatusCode.Conflict);
        await admin.DeleteAsync($"/api/users/{adminId}").ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id " +
            "WHERE u.id = @p0 AND r.name = 'admin' AND u.lockout_end IS NULL", adminId));
        await admin.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK); // its token was not revoked either

        // With the second admin enabled again, the first may be demoted, and then the second is the last one.
        await admin.PutAsJsonAsync($"/api/users/{secondId}", new { disabled = false }).ExpectAsync(HttpStatusCode.OK);
        var secondClient = api.WithToken(await api.LoginAsync("second-admin@test.example"));
        await secondClient.PutAsJsonAsync($"/api/users/{adminId}", new { role = "analyst" }).ExpectAsync(HttpStatusCode.OK);
        await secondClient.PutAsJsonAsync($"/api/users/{secondId}", new { role = "trainer" }).ExpectAsync(HttpStatusCode.Conflict);
        await secondClient.PutAsJsonAsync($"/api/users/{adminId}", new { role = "admin" }).ExpectAsync(HttpStatusCode.OK); // put back
    }
}
