using System.Net;
using EnergySaving.Api.Common;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>Issue 8, point 8: security headers on every response, HSTS over HTTPS only.</summary>
public sealed class SecurityHeadersTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/api/facilities", HttpStatusCode.Unauthorized)]
    [InlineData("/no/such/route", HttpStatusCode.NotFound)]
    public async Task Every_response_carries_the_headers(string path, HttpStatusCode status)
    {
        var response = await api.Anonymous().GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Null(Header(response, "Strict-Transport-Security")); // plain HTTP
    }

    [Fact]
    public async Task Swagger_ui_gets_a_csp_that_allows_its_inline_code()
    {
        var response = await api.Anonymous().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.RelaxedContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task Https_responses_carry_hsts()
    {
        var client = api.Anonymous();
        client.BaseAddress = new Uri("https://energysaving.test/"); // not localhost, which HSTS leaves out
        var response = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : null;
}
