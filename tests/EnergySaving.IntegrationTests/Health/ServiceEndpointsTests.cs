using System.Net;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Health;

public sealed class ServiceEndpointsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_anonymously(string path)
    {
        var response = await api.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Swagger_document_loads_with_bearer_scheme_and_described_operations()
    {
        var doc = await api.Anonymous().GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        Assert.True(doc.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
        var login = doc.GetProperty("paths").GetProperty("/api/auth/login").GetProperty("post");
        Assert.False(string.IsNullOrEmpty(login.GetProperty("summary").GetString()));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/facilities/{id}", out _));
        var ui = await api.Anonymous().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }

    [Fact]
    public async Task Unknown_route_is_a_problem_404()
    {
        var response = await api.Anonymous().GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
