using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>Issue 8, point 3: sign-in tells nobody whether an account exists, by its answer or by its time.</summary>
public sealed class SignInTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(HttpStatusCode Status, string? Detail)> TryAsync(string email, string password)
    {
        var response = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        var detail = body.Length == 0 ? null : System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
        return (response.StatusCode, detail);
    }

    [Fact]
    public async Task Unknown_wrong_locked_and_disabled_get_the_same_answer()
    {
        var admin = await api.AdminAsync();
        await api.AsAsync("analyst"); // warm up
        var lockedEmail = "locked-one@test.example";
        var disabledEmail = "disabled-one@test.example";
        await admin.PostAsJsonAsync("/api/users", new { email = lockedEmail, password = ApiFixture.Password, role = "analyst" }).ExpectAsync(HttpStatusCode.Created);
        var disabled = await admin.PostAsJsonAsync("/api/users", new { email = disabledEmail, password = ApiFixture.Password, role = "analyst" })
            .ExpectAsync(HttpStatusCode.Created);
        await admin.PutAsJsonAsync($"/api/users/{disabled.GetProperty("id").GetString()}", new { disabled = true }).ExpectAsync(HttpStatusCode.OK);
        for (var i = 0; i < 3; i++) await TryAsync(lockedEmail, "wrong-password-0");

        var answers = new[]
        {
            await TryAsync("nobody-here@test.example", "wrong-password-0"),
            await TryAsync(ApiFixture.AdminEmail, "wrong-password-0"),
            await TryAsync(lockedEmail, ApiFixture.Password),
            await TryAsync(disabledEmail, ApiFixture.Password),
        };
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Single(answers.Select(a => a.Detail).Distinct());
    }

    [Fact]
    public async Task An_unknown_email_takes_about_as_long_as_a_wrong_password()
    {
        var email = "timing-victim@test.example";
        await (await api.AdminAsync()).PostAsJsonAsync("/api/users", new { email, password = ApiFixture.Password, role = "trainer" })
            .ExpectAsync(HttpStatusCode.Created);
        await TryAsync(email, "warm-up-password");
        await TryAsync("warm-up-ghost@test.example", "warm-up-password");

        // Interleaved, so that load on the machine hits both alike; medians, so one slow request does not decide.
        var real = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            real.Add(await TimeAsync(() => TryAsync(email, $"wrong-password-{i}")));
            unknown.Add(await TimeAsync(() => TryAsync($"ghost-{i}@test.example", $"wrong-password-{i}")));
        }
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var (r, u) = (Median(real), Median(unknown));
        // Before the fix: about 80 ms against 3 ms. Verifying a dummy hash makes both the cost of one hash.
        Assert.True(u >= 0.5 * r && u <= 2 * r, $"median wrong password {r:F1} ms, unknown email {u:F1} ms");
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var watch = Stopwatch.StartNew();
        await call();
        return watch.Elapsed.TotalMilliseconds;
    }

    [Fact]
    public async Task An_overlong_email_is_refused_before_the_limiter()
    {
        await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = new string('a', 300) + "@test.example", password = "x" })
            .ExpectFieldErrorAsync("email");
    }
}
