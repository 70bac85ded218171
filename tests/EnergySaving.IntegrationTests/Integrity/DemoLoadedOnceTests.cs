using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.Api.Demo;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>A restart in demo mode never writes the demo data again over what people corrected.</summary>
public sealed class DemoLoadedOnceTests(DemoFixture api) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task A_restart_keeps_corrected_months_and_temperatures()
    {
        var (facility, month, revision) = await FirstDemoMonthAsync();
        var analyst = await api.AsAsync("analyst");
        var url = $"/api/facilities/{facility}/consumption/{month:yyyy-MM}";
        var corrected = await analyst.PutAsJsonAsync(url,
            new { entries = new[] { new { carrier = "other-energy", quantity = 12.5, unit = "toe" } }, note = "corrected by hand" })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(revision + 1, corrected.GetProperty("revision").GetInt32());

        var (station, day) = await FirstDemoDayAsync();
        await analyst.PutAsync($"/api/weather-stations/{station}/temperatures",
            new StringContent($"date,mean_c\n{day:yyyy-MM-dd},-5.5\n", Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);

        // What every start in demo mode runs.
        await api.Services.LoadDemoDataAsync(api.Services.GetRequiredService<IHostEnvironment>(), NullLogger.Instance);

        var after = await analyst.GetAsync($"{url}/revisions").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(revision + 1, after.GetArrayLength());
        var last = after[after.GetArrayLength() - 1];
        Assert.Equal(12.5, last.GetProperty("totalToe").GetDouble(), 12);
        Assert.Equal("corrected by hand", last.GetProperty("note").GetString());
        Assert.Equal(-5.5, Convert.ToDouble(await ScalarAsync(
            "SELECT t.mean_c FROM daily_temperatures t JOIN weather_stations s ON s.id = t.station_id WHERE s.code = @p0 AND t.date = @p1", station, day)), 12);
        Assert.Equal(1L, await api.CountAsync("SELECT count(*) FROM demo_loads WHERE name = @p0", DemoLoad.DataSet));
    }

    private async Task<(int Facility, DateOnly Month, int Revision)> FirstDemoMonthAsync()
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT facility_id, month, revision FROM consumption_months WHERE submitted_by = 'demo-data' ORDER BY facility_id, month LIMIT 1", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync(), "The demo loaded no months.");
        return (r.GetInt32(0), r.GetFieldValue<DateOnly>(1), r.GetInt32(2));
    }

    private async Task<(string Station, DateOnly Day)> FirstDemoDayAsync()
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT s.code, t.date FROM daily_temperatures t JOIN weather_stations s ON s.id = t.station_id ORDER BY s.code, t.date LIMIT 1", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync(), "The demo loaded no temperatures.");
        return (r.GetString(0), r.GetFieldValue<DateOnly>(1));
    }

    private async Task<object?> ScalarAsync(string sql, params object[] parameters)
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        for (var i = 0; i < parameters.Length; i++) cmd.Parameters.AddWithValue($"p{i}", parameters[i]);
        return await cmd.ExecuteScalarAsync();
    }
}
