using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>
/// Issue 8, point 2, across instances: another instance on the same database, which only has its
/// cache to forget, refuses a disabled user's token once its cache period (here 2 s, at most 60 s) is over.
/// </summary>
/// <remarks>
/// The test used to poll the second instance with the wall clock and assert it refused "under 10 s", which a busy
/// CI machine could break. The second instance now reads a clock the test moves: it still accepts the token while
/// its cache entry is younger than the period (so the cache, not the database, answered), and refuses it at the
/// first request once the period is over — the very behaviour the issue asked for, at no time cost and never flaky.
/// </remarks>
public sealed class OtherInstanceRevocationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int CacheSeconds = 2;

    [Fact]
    public async Task Another_instance_refuses_the_token_once_its_cache_period_is_over()
    {
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        await using var second = api.WithWebHostBuilder(b => b
            .UseSetting("EnergySaving:Jwt:StampCacheSeconds", CacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            }));
        var admin = await api.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { email = "two-instances@test.example", password = ApiFixture.Password, role = "analyst" })
            .ExpectAsync(HttpStatusCode.Created);
        var token = await api.LoginAsync("two-instances@test.example");
        var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await onSecond.GetAsync("/api/auth/me").ExpectAsync(HttpStatusCode.OK); // the second instance now caches the user

        await admin.PutAsJsonAsync($"/api/users/{created.GetProperty("id").GetString()}", new { disabled = true }).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.WithToken(token).GetAsync("/api/auth/me")).StatusCode); // this instance: at once

        clock.Advance(TimeSpan.FromSeconds(CacheSeconds) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/auth/me")).StatusCode); // within the period: its cache answers

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await onSecond.GetAsync("/api/auth/me")).StatusCode); // the period is over: read again, refused
    }

    /// <summary>A clock that stands still until the test moves it.</summary>
    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        private long _ticks = start.UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
