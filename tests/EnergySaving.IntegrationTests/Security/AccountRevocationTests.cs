using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>Issue 8, point 2: disabling, a role change, a password change and deletion end existing tokens at once.</summary>
public sealed class AccountRevocationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(string Id, string Email, HttpClient Client)> NewUserAsync(string role, params int[] facilityIds)
    {
        var email = $"rev-{Guid.NewGuid():N}"[..16] + "@test.example";
        var admin = await api.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { email, password = ApiFixture.Password, role, facilityIds })
            .ExpectAsync(HttpStatusCode.Created);
        var client = api.WithToken(await api.LoginAsync(email));
        await client.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK); // the token works (and its state is cached)
        return (created.GetProperty("id").GetString()!, email, client);
    }

    [Fact]
    public async Task Disabling_ends_the_token_at_once_and_enabling_lets_the_user_sign_in_again()
    {
        var (id, email, client) = await NewUserAsync("analyst");
        var admin = await api.AdminAsync();
        var updated = await admin.PutAsJsonAsync($"/api/users/{id}", new { disabled = true }).ExpectAsync(HttpStatusCode.OK);
        Assert.True(updated.GetProperty("disabled").GetBoolean());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/facilities")).StatusCode);
        var login = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = ApiFixture.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        await admin.PutAsJsonAsync($"/api/users/{id}", new { disabled = false }).ExpectAsync(HttpStatusCode.OK);
        var again = api.WithToken(await api.LoginAsync(email));
        await again.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
        var list = await admin.GetAsync("/api/users").ExpectAsync(HttpStatusCode.OK);
        Assert.False(list.EnumerateArray().Single(u => u.GetProperty("id").GetString() == id).GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task A_role_change_ends_the_token_and_a_new_one_carries_the_new_role()
    {
        var facility = await api.CreateFacilityAsync();
        var (id, email, client) = await NewUserAsync("analyst");
        var admin = await api.AdminAsync();
        var updated = await admin.PutAsJsonAsync($"/api/users/{id}", new { role = "reporter", facilityIds = new[] { facility } })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["reporter"], updated.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/facilities")).StatusCode);
        var me = await api.WithToken(await api.LoginAsync(email)).GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["reporter"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([facility], me.GetProperty("facilityIds").EnumerateArray().Select(f => f.GetInt32()));
    }

    [Fact]
    public async Task Facilities_change_without_ending_the_token_and_a_refused_change_changes_nothing()
    {
        var f1 = await api.CreateFacilityAsync();
        var f2 = await api.CreateFacilityAsync();
        var (id, _, client) = await NewUserAsync("reporter", f1);
        var admin = await api.AdminAsync();
        await admin.PutAsJsonAsync($"/api/users/{id}", new { facilityIds = new[] { f2 } }).ExpectAsync(HttpStatusCode.OK);
        var me = await client.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK); // same token, new binding
        Assert.Equal([f2], me.GetProperty("facilityIds").EnumerateArray().Select(f => f.GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/facilities/{f1}")).StatusCode);

        await admin.PutAsJsonAsync($"/api/users/{id}", new { facilityIds = Array.Empty<int>() }).ExpectFieldErrorAsync("facilityIds");
        await admin.PutAsJsonAsync($"/api/users/{id}", new { role = "boss" }).ExpectFieldErrorAsync("role");
        await admin.PutAsJsonAsync($"/api/users/{id}", new { facilityIds = new[] { 999_999 } }).ExpectFieldErrorAsync("facilityIds");
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM user_facilities WHERE user_id = @p0 AND facility_id = @p1", id, f2));
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM user_facilities WHERE user_id = @p0", id));
        await client.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/users/no-such-user", new { disabled = true })).StatusCode);
    }

    [Fact]
    public async Task An_admin_password_reset_ends_the_token_and_only_the_new_password_signs_in()
    {
        var (id, email, client) = await NewUserAsync("trainer");
        var admin = await api.AdminAsync();
        await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "Short-1" }).ExpectFieldErrorAsync("password");
        await client.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK); // a refused reset changes nothing

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "Lò-gạch-Kiến-Xương" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = ApiFixture.Password })).StatusCode);
        await api.WithToken(await api.LoginAsync(email, "Lò-gạch-Kiến-Xương")).GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_every_token_of_that_user()
    {
        var (_, email, client) = await NewUserAsync("analyst");
        var other = api.WithToken(await api.LoginAsync(email)); // a second session of the same user

        await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-the-password", newPassword = "Nhà-máy-sứ-2026" })
            .ExpectFieldErrorAsync("currentPassword");
        // A wrong current password counts towards the lockout, so a stolen token cannot guess freely.
        Assert.Equal(1, await api.CountAsync("SELECT access_failed_count FROM users WHERE email = @p0", email));
        await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = ApiFixture.Password, newPassword = "short" })
            .ExpectFieldErrorAsync("newPassword");
        await client.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = ApiFixture.Password, newPassword = "Nhà-máy-sứ-2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/auth/me")).StatusCode);
        await api.WithToken(await api.LoginAsync(email, "Nhà-máy-sứ-2026")).GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deleting_a_user_ends_the_token_with_401()
    {
        var facility = await api.CreateFacilityAsync();
        var (id, _, client) = await NewUserAsync("reporter", facility);
        var admin = await api.AdminAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/users/{id}")).StatusCode);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM users WHERE id = @p0", id));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM user_facilities WHERE user_id = @p0", id));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/facilities/{facility}")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_manage_accounts()
    {
        var (id, _, _) = await NewUserAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        foreach (var role in new[] { "analyst", "trainer", "reporter" })
        {
            var client = role == "reporter" ? await api.AsAsync(role, facility) : await api.AsAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/users/{id}", new { disabled = true })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/users/{id}/password", new { password = "Anything-long-1" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/users/{id}")).StatusCode);
        }
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM users WHERE id = @p0 AND lockout_end IS NULL", id));
    }

    [Fact]
    public async Task An_admin_unlocks_an_account_locked_by_failed_sign_ins()
    {
        var (id, email, _) = await NewUserAsync("analyst");
        for (var i = 0; i < 3; i++) // the fixture sets MaxFailedAttempts = 3
            await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-0" }).ExpectAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = ApiFixture.Password })).StatusCode);

        await (await api.AdminAsync()).PutAsJsonAsync($"/api/users/{id}", new { disabled = false }).ExpectAsync(HttpStatusCode.OK);
        await api.WithToken(await api.LoginAsync(email)).GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
    }
}
