using System.Net;
using System.Net.Http.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using static EnergySaving.IntegrationTests.Weather.WeatherContent;

namespace EnergySaving.IntegrationTests.Weather;

public sealed class WeatherRoleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static StringContent OneDay() => Csv("date,mean_c\n2023-01-01,16\n");

    [Theory]
    [InlineData("admin")]
    [InlineData("analyst")]
    public async Task Center_staff_use_every_route(string role)
    {
        var client = role == "admin" ? await api.AdminAsync() : await api.AsAsync(role);
        var code = $"ST-ROLE-{role}";
        await client.PutAsync($"/api/weather-stations/{code}/temperatures", OneDay()).ExpectAsync(HttpStatusCode.OK);
        await client.GetAsync($"/api/weather-stations/{code}/temperatures").ExpectAsync(HttpStatusCode.OK);
        await client.GetAsync("/api/weather-stations").ExpectAsync(HttpStatusCode.OK);
        await client.PutAsJsonAsync($"/api/weather-stations/{code}", new { name = "Trạm" }).ExpectAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("trainer")]
    [InlineData("reporter")]
    public async Task Trainers_and_reporters_cannot_write(string role)
    {
        var facility = await api.CreateFacilityAsync();
        var client = await api.AsAsync(role, role == "reporter" ? [facility] : []);
        var code = $"ST-NO-{role}";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsync($"/api/weather-stations/{code}/temperatures", OneDay())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/weather-stations/{code}", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/weather-stations")).StatusCode);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM weather_stations WHERE code = @p0", code));
    }

    [Fact]
    public async Task Reporters_read_temperatures_and_trainers_do_not()
    {
        var admin = await api.AdminAsync();
        await admin.PutAsync("/api/weather-stations/ST-READ/temperatures", OneDay()).ExpectAsync(HttpStatusCode.OK);
        var facility = await api.CreateFacilityAsync();
        var reporter = await api.AsAsync("reporter", facility);
        var days = await reporter.GetAsync("/api/weather-stations/ST-READ/temperatures").ExpectAsync(HttpStatusCode.OK);
        Assert.Single(days.GetProperty("days").EnumerateArray());
        var trainer = await api.AsAsync("trainer");
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync("/api/weather-stations/ST-READ/temperatures")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_gets_401_on_every_weather_route()
    {
        var anon = api.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/weather-stations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/weather-stations/ST-ANON/temperatures")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PutAsync("/api/weather-stations/ST-ANON/temperatures", OneDay())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PutAsJsonAsync("/api/weather-stations/ST-ANON", new { name = "x" })).StatusCode);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM weather_stations WHERE code = 'ST-ANON'"));
    }
}
