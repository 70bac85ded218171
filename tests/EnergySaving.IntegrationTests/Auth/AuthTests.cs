using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Auth;

public sealed class AuthTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Admin_from_configuration_signs_in_and_me_shows_role()
    {
        var response = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = ApiFixture.AdminEmail, password = ApiFixture.Password });
        var body = await Task.FromResult(response).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.True(body.GetProperty("expiresIn").GetInt32() > 0);

        var me = await api.WithToken(body.GetProperty("accessToken").GetString()!).GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(ApiFixture.AdminEmail, me.GetProperty("email").GetString());
        Assert.Equal(["admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(me.GetProperty("facilityIds").EnumerateArray());
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_401()
    {
        var wrong = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = ApiFixture.AdminEmail, password = "nope-1234" })
            .ExpectAsync(HttpStatusCode.Unauthorized);
        var unknown = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "ghost@test.example", password = "nope-1234" })
            .ExpectAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        var analyst = await api.AsAsync("analyst");
        var me = await analyst.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
        var email = me.GetProperty("email").GetString()!;
        var wrong = default(System.Text.Json.JsonElement);
        for (var i = 0; i < 3; i++) // the fixture sets MaxFailedAttempts = 3
            wrong = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-0000" }).ExpectAsync(HttpStatusCode.Unauthorized);

        var locked = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = ApiFixture.Password })
            .ExpectAsync(HttpStatusCode.Unauthorized);
        // Locked says no more than wrong: an attacker cannot tell which accounts exist by locking them.
        Assert.Equal(wrong.GetProperty("detail").GetString(), locked.GetProperty("detail").GetString());
        Assert.True(await api.CountAsync("SELECT count(*) FROM users WHERE email = @p0 AND lockout_end > now()", email) == 1);
    }

    [Fact]
    public async Task Missing_or_bad_token_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.WithToken("not.a.token").GetAsync("/api/facilities")).StatusCode);
    }

    [Fact]
    public async Task Login_body_must_name_email_and_password()
    {
        await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "" }).ExpectFieldErrorAsync("password");
        var bad = await api.Anonymous().PostAsync("/api/auth/login", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Only_admins_create_users_and_duplicates_conflict()
    {
        var analyst = await api.AsAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await analyst.PostAsJsonAsync("/api/users", new { email = "x@test.example", password = ApiFixture.Password, role = "analyst" })).StatusCode);

        var admin = await api.AdminAsync();
        var body = new { email = "trainer-dup@test.example", password = ApiFixture.Password, role = "trainer" };
        var created = await admin.PostAsJsonAsync("/api/users", body).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(["trainer"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await admin.PostAsJsonAsync("/api/users", body).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM users WHERE email = 'trainer-dup@test.example'"));

        await admin.PostAsJsonAsync("/api/users", new { email = "r@test.example", password = ApiFixture.Password, role = "reporter" })
            .ExpectFieldErrorAsync("facilityIds");
        await admin.PostAsJsonAsync("/api/users", new { email = "r@test.example", password = ApiFixture.Password, role = "boss" })
            .ExpectFieldErrorAsync("role");
        await admin.PostAsJsonAsync("/api/users", new { email = "r@test.example", password = "short", role = "analyst" })
            .ExpectFieldErrorAsync("password");
        await admin.PostAsJsonAsync("/api/users", new { email = "r@test.example", password = ApiFixture.Password, role = "reporter", facilityIds = new[] { 999999 } })
            .ExpectFieldErrorAsync("facilityIds");
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM users WHERE email = 'r@test.example'"));

        // Text PostgreSQL cannot store is a client error, never a 500.
        var nul = await admin.PostAsync("/api/users", new StringContent(
            """{"email":"nul\u0000@test.example","password":"Test-pass-2026","role":"analyst"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
    }

    [Fact]
    public async Task Reporter_me_lists_bound_facilities()
    {
        var f1 = await api.CreateFacilityAsync();
        var f2 = await api.CreateFacilityAsync();
        var reporter = await api.AsAsync("reporter", f2, f1);
        var me = await reporter.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(new[] { f1, f2 }.Order(), me.GetProperty("facilityIds").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task A_token_from_one_instance_is_accepted_by_another_sharing_the_database()
    {
        var token = await api.LoginAsync(ApiFixture.AdminEmail);
        await using var second = new SecondInstance(api.ConnectionString);
        var me = await second.WithToken(token).GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(ApiFixture.AdminEmail, me.GetProperty("email").GetString());
    }

    /// <summary>A second, independent host of the service on the same database.</summary>
    private sealed class SecondInstance(string connectionString) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("environment", "Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
        }

        public HttpClient WithToken(string token)
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return client;
        }
    }
}
