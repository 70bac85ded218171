using System.Net;
using System.Text.RegularExpressions;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>The web sign-in form shares the API's per-address limit: attempts count, showing the form does not.</summary>
public sealed partial class WebSignInRateLimitTests(RateLimitedApiFixture api) : IClassFixture<RateLimitedApiFixture>
{
    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex AntiforgeryField();

    [Fact]
    public async Task Showing_the_form_is_free_and_the_seventh_attempt_is_429_with_retry_after()
    {
        var browser = api.Anonymous(); // keeps cookies, as a browser does
        string token = "";
        for (var i = 0; i < 10; i++)
        {
            var form = await browser.GetAsync("/login");
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        }

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 7; i++)
        {
            last = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = $"nobody-{i}@test.example", ["password"] = "not-a-password-1", ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 6), HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/login")).StatusCode); // the form still shows
    }
}
