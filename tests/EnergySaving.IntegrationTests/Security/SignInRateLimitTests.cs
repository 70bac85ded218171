using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>The service with its real sign-in limits (3 per account, 6 per address here) and the default lockout (10 failures).</summary>
public sealed class RateLimitedApiFixture : ApiFixture
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("EnergySaving:SignIn:PerAccountPermits", "3"),
        new("EnergySaving:SignIn:PerAccountWindowSeconds", "600"),
        new("EnergySaving:SignIn:PerAddressPermits", "6"),
        new("EnergySaving:SignIn:PerAddressWindowSeconds", "600"),
        new("EnergySaving:Lockout:MaxFailedAttempts", "10"),
    ];
}

/// <summary>Issue 8, point 3: guessing is slowed per account and per address (429 + Retry-After), and cannot lock anyone out.</summary>
public sealed class SignInRateLimitTests(RateLimitedApiFixture api) : IClassFixture<RateLimitedApiFixture>
{
    [Fact]
    public async Task Guessing_hits_429_with_retry_after_before_the_account_locks()
    {
        // The fixture's admin signs in once (its token is cached) before anyone uses up the address's budget.
        var admin = await api.AdminAsync();
        var email = "guessed@test.example";
        await admin.PostAsJsonAsync("/api/users", new { email, password = ApiFixture.Password, role = "analyst" }).ExpectAsync(HttpStatusCode.Created);

        var anonymous = api.Anonymous();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = $"guess-number-{i}" })).StatusCode);

        // Per account: the 4th try, even with the right password, waits.
        var limited = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiFixture.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromSeconds(600),
            $"Retry-After: {limited.Headers.RetryAfter}");
        // The refusal carries its code and the same wait as Retry-After, in the client's language (here English).
        var limitedBody = System.Text.Json.JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        var seconds = (int)limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.Equal("auth.sign-in.too-many", limitedBody.GetProperty("code").GetString());
        Assert.Equal(seconds, limitedBody.GetProperty("args").GetProperty("seconds").GetInt32());
        Assert.Equal($"Too many sign-in attempts; try again in {seconds} seconds.", limitedBody.GetProperty("detail").GetString());
        // The limit came before the password check: three counted failures, far from the lockout (10).
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM users WHERE email = @p0 AND access_failed_count = 3 AND lockout_end IS NULL", email));

        // Per address: 5 of its 6 are used (the admin, three guesses, the limited try); then other emails are refused too.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await anonymous.PostAsJsonAsync("/api/auth/login", new { email = $"other-{i}@test.example", password = "whatever-password" })).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = JsonContent.Create(new { email = ApiFixture.AdminEmail, password = ApiFixture.Password }),
        };
        request.Headers.AcceptLanguage.ParseAdd("vi");
        var byAddress = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.TooManyRequests, byAddress.StatusCode);
        Assert.NotNull(byAddress.Headers.RetryAfter);
        // The middleware's 429 is the same coded refusal, here in Vietnamese.
        var byAddressBody = System.Text.Json.JsonDocument.Parse(await byAddress.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("auth.sign-in.too-many", byAddressBody.GetProperty("code").GetString());
        Assert.Equal($"Đăng nhập quá nhiều lần; hãy thử lại sau {(int)byAddress.Headers.RetryAfter!.Delta!.Value.TotalSeconds} giây.",
            byAddressBody.GetProperty("detail").GetString());
        Assert.Equal("vi", byAddress.Content.Headers.ContentLanguage.Single());
    }
}
