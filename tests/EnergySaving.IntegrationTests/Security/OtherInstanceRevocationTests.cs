using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>
/// Issue 8, point 2, across instances: another instance on the same database, which only has its
/// cache to forget, refuses a disabled user's token once its cache period (here 2 s, at most 60 s) is over.
/// </summary>
public sealed class OtherInstanceRevocationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Another_instance_refuses_the_token_within_its_cache_period()
    {
        await using var second = api.WithWebHostBuilder(b => b.UseSetting("EnergySaving:Jwt:StampCacheSeconds", "2"));
        var admin = await api.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { email = "two-instances@test.example", password = ApiFixture.Password, role = "analyst" })
            .ExpectAsync(HttpStatusCode.Created);
        var token = await api.LoginAsync("two-instances@test.example");
        var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await onSecond.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK); // the second instance now caches the user

        await admin.PutAsJsonAsync($"/api/users/{created.GetProperty("id").GetString()}", new { disabled = true }).ExpectAsync(HttpStatusCode.OK);
        var watch = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.WithToken(token).GetAsync("/api/auth/me")).StatusCode); // this instance: at once
        var status = HttpStatusCode.OK;
        while (watch.Elapsed < TimeSpan.FromSeconds(15) && (status = (await onSecond.GetAsync("/api/auth/me")).StatusCode) == HttpStatusCode.OK)
            await Task.Delay(200);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"The second instance accepted the token for {watch.Elapsed.TotalSeconds:F1} s.");
    }
}
