using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.Api.Baselines;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EnergySaving.IntegrationTests.Baselines;

/// <summary>A run over demo-like data: 8 facilities with 36 months and production, a weather station, 2 without enough data.</summary>
public sealed class BaselineRunTests(BaselinesFixture api) : IClassFixture<BaselinesFixture>
{
    private static readonly DateOnly Start = new(2022, 1, 1);

    private async Task<(int[] Fitted, int[] Insufficient)> DemoAsync(string prefix)
    {
        await api.StationAsync($"ST-{prefix}", Start, new DateOnly(2024, 12, 31));
        var fitted = new List<int>();
        for (var f = 0; f < 8; f++)
        {
            var id = await api.FacilityAsync($"{prefix}-F{f}", station: $"ST-{prefix}");
            fitted.Add(id);
            for (var i = 0; i < 36; i++)
            {
                var month = Start.AddMonths(i);
                var days = DateTime.DaysInMonth(month.Year, month.Month);
                var production = (400 + (50 * f)) * (1 + (0.25 * Math.Sin(i * 1.3))) ;
                var toe = (days * (0.4 + (0.05 * f))) + (0.06 * production) + (2 * Math.Cos(i * 2.1)) - (i >= 24 ? 3 : 0);
                await api.MonthAsync(id, month, Math.Round(toe, 3), Math.Round(production, 1));
            }
        }
        var sparse = await api.FacilityAsync($"{prefix}-SPARSE", station: $"ST-{prefix}");
        foreach (var i in new[] { 0, 2, 4, 6, 8, 10, 12, 14 }) await api.MonthAsync(sparse, Start.AddMonths(i), 50, 500);
        var empty = await api.FacilityAsync($"{prefix}-EMPTY");
        return (fitted.ToArray(), [sparse, empty]);
    }

    [Fact]
    public async Task A_run_fits_every_facility_with_enough_data_and_rerunning_changes_nothing()
    {
        var (fitted, insufficient) = await DemoAsync("RUN");
        var all = fitted.Concat(insufficient).ToArray();
        var admin = await api.AdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/facilities/{fitted[0]}/baseline")).StatusCode);

        var response = await admin.PostAsJsonAsync("/api/baselines/runs", new { facilityIds = all });
        var started = await Task.FromResult(response).ExpectAsync(HttpStatusCode.Accepted);
        var runId = started.GetProperty("runId").GetGuid();
        Assert.Equal($"/api/baselines/runs/{runId}", response.Headers.Location?.OriginalString);
        Assert.Contains(started.GetProperty("status").GetString(), new[] { "queued", "running" });

        var progress = await api.WaitAsync(runId);
        Assert.Equal("succeeded", progress.GetProperty("status").GetString());
        Assert.Equal(all.Length, progress.GetProperty("facilitiesTotal").GetInt32());
        Assert.Equal(all.Length, progress.GetProperty("facilitiesDone").GetInt32());
        Assert.Equal(0, progress.GetProperty("errors").GetArrayLength());
        Assert.True(progress.TryGetProperty("startedAt", out _) && progress.TryGetProperty("finishedAt", out _));

        var first = new Dictionary<int, JsonElement>();
        foreach (var id in fitted)
        {
            var b = await admin.GetAsync($"/api/facilities/{id}/baseline").ExpectAsync(HttpStatusCode.OK);
            first[id] = b;
            Assert.Equal("fitted", b.GetProperty("status").GetString());
            Assert.Equal("2022-01", b.GetProperty("period").GetProperty("from").GetString());
            Assert.Equal("2022-12", b.GetProperty("period").GetProperty("to").GetString());
            var model = b.GetProperty("model");
            Assert.StartsWith("production", model.GetProperty("kind").GetString());
            // The data are E = D·(0.4 + 0.05·f) + 0.06·P + 2·cos(2.1·i), minus 3 TOE a month from 2024-01: per day
            // y = (0.4 + 0.05·f) + 0.06·(P/D). The ±2 TOE wobble is partly taken up by degree-day terms, which moves the
            // production slope (0.034 for the first facility): the value must stay within half of the true one.
            Assert.Equal(0.06, model.GetProperty("production").GetDouble(), 0.03);
            Assert.True(model.GetProperty("pValues").TryGetProperty("production", out _));
            Assert.Equal(12, b.GetProperty("metrics").GetProperty("n").GetInt32());
            Assert.Equal("TOE/t", b.GetProperty("sec").GetProperty("unit").GetString());
            var savings = b.GetProperty("savings");
            Assert.Equal("2023-01", savings.GetProperty("from").GetString());
            Assert.Equal("2024-12", savings.GetProperty("to").GetString());
            // 3 TOE less in each of the 12 months 2024-01 … 2024-12: 36 TOE saved, up to the model's error on 24 months.
            // 3 TOE less in each month of 2024: 36 TOE saved, give or take the wobble over 24 reporting months.
            Assert.Equal(36, savings.GetProperty("savedToe").GetDouble(), 10.0);
            Assert.Equal(savings.GetProperty("expectedToe").GetDouble() - savings.GetProperty("actualToe").GetDouble(),
                savings.GetProperty("savedToe").GetDouble(), 9);
        }
        foreach (var id in insufficient)
        {
            var b = await admin.GetAsync($"/api/facilities/{id}/baseline").ExpectAsync(HttpStatusCode.OK);
            Assert.Equal("insufficient-data", b.GetProperty("status").GetString());
            Assert.StartsWith(id == insufficient[0] ? "Insufficient data: no 12 consecutive months with consumption data; the longest run is 1 month(s)" : "No monthly consumption data", b.GetProperty("reasons")[0].GetString());
            Assert.False(b.TryGetProperty("model", out _));
        }
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM annual_flags WHERE year = 2024 AND facility_id = @p0", fitted[0]));

        // The same data again: every facility unchanged, same coefficients, same computedAt.
        var again = await api.RunAsync(new { facilityIds = all });
        Assert.Equal("succeeded", again.GetProperty("status").GetString());
        Assert.Equal(all.Length, again.GetProperty("facilitiesUnchanged").GetInt32());
        foreach (var id in fitted)
        {
            var b = await admin.GetAsync($"/api/facilities/{id}/baseline").ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(first[id].ToString(), b.ToString());
        }

        // Nightly: nothing changed → no run; one month changed → a run over that facility only.
        await using (var scope = api.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<BaselineRunStarter>().StartForChangedAsync(default));
        await api.MonthAsync(fitted[0], new DateOnly(2024, 6, 1), 99, 500);
        Guid nightlyId;
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<BaselineRunStarter>().StartForChangedAsync(default);
            Assert.NotNull(run);
            Assert.Equal(1, run.FacilitiesTotal);
            nightlyId = run.Id;
        }
        var nightly = await api.WaitAsync(nightlyId);
        Assert.Equal("succeeded", nightly.GetProperty("status").GetString());
        Assert.Equal(0, nightly.GetProperty("facilitiesUnchanged").GetInt32());
        var changed = await admin.GetAsync($"/api/facilities/{fitted[0]}/baseline").ExpectAsync(HttpStatusCode.OK);
        Assert.NotEqual(first[fitted[0]].GetProperty("savings").ToString(), changed.GetProperty("savings").ToString());
        await using (var scope = api.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<BaselineRunStarter>().StartForChangedAsync(default));

        // New temperatures for the station: the nightly run takes up the facilities that name it (the two without data too).
        await api.StationAsync($"ST-RUN", Start, new DateOnly(2024, 12, 31));
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<BaselineRunStarter>().StartForChangedAsync(default);
            Assert.NotNull(run);
            Assert.Equal(fitted.Length + 1, run.FacilitiesTotal);
            await api.WaitAsync(run.Id);
        }
    }

    [Fact]
    public async Task One_changed_day_of_temperature_refits_the_facilities_of_its_station_only()
    {
        // The batch builds and hashes each station-month once and shares it between the station's facilities: the
        // fingerprint must still see a single day's change, and only where that station is named.
        await api.StationAsync("ST-DAY", Start, new DateOnly(2024, 12, 31));
        var withStation = await api.FacilityAsync("DAY-W", station: "ST-DAY");
        var withStationToo = await api.FacilityAsync("DAY-W2", station: "ST-DAY");
        var without = await api.FacilityAsync("DAY-N");
        foreach (var id in new[] { withStation, withStationToo, without })
            for (var i = 0; i < 24; i++)
                await api.MonthAsync(id, Start.AddMonths(i), 20 + (id % 7) + (3 * Math.Sin(i * 0.5)), 400 + (30 * Math.Cos(i * 1.1)));
        int[] ids = [withStation, withStationToo, without];

        var first = await api.RunAsync(new { facilityIds = ids });
        Assert.Equal("succeeded", first.GetProperty("status").GetString());
        Assert.Equal(0, first.GetProperty("facilitiesUnchanged").GetInt32());
        Assert.Equal(3, (await api.RunAsync(new { facilityIds = ids })).GetProperty("facilitiesUnchanged").GetInt32());

        var admin = await api.AdminAsync();
        var response = await admin.PutAsync("/api/weather-stations/ST-DAY/temperatures",
            new StringContent("date,mean_c\n2022-07-15,35.5\n", System.Text.Encoding.UTF8, "text/csv"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var after = await api.RunAsync(new { facilityIds = ids });
        Assert.Equal("succeeded", after.GetProperty("status").GetString());
        Assert.Equal(1, after.GetProperty("facilitiesUnchanged").GetInt32()); // the facility without a station
        Assert.Equal(3, (await api.RunAsync(new { facilityIds = ids })).GetProperty("facilitiesUnchanged").GetInt32());
    }

    [Fact]
    public async Task Baseline_period_set_by_an_analyst_is_used_by_the_next_run()
    {
        var id = await api.FacilityAsync("PER-1");
        for (var i = 0; i < 30; i++) await api.MonthAsync(id, Start.AddMonths(i), 30 + (i % 3), 400 + (10 * (i % 5)));
        var analyst = await api.AsAsync("analyst");
        var put = await analyst.PutAsJsonAsync($"/api/facilities/{id}/baseline-period", new { from = "2022-07", to = "2023-12" }).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2022-07", put.GetProperty("from").GetString());
        await analyst.PutAsJsonAsync($"/api/facilities/{id}/baseline-period", new { from = "2022-07", to = "2023-06" }).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("succeeded", (await api.RunAsync(new { facilityIds = new[] { id } })).GetProperty("status").GetString());
        var b = await analyst.GetAsync($"/api/facilities/{id}/baseline").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2022-07", b.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2023-06", b.GetProperty("period").GetProperty("to").GetString());
        Assert.Equal("2023-07", b.GetProperty("savings").GetProperty("from").GetString());
    }

    [Theory]
    [InlineData("2023-13", "2024-12", "from")]
    [InlineData("2023-01", "2023-11", "to")]
    [InlineData("2020-01", "2023-01", "to")]
    [InlineData("2023-01", "x", "to")]
    [InlineData(null, "2023-12", "from")]
    [InlineData("2023-01", "2199-12", "to")]
    public async Task Baseline_period_is_validated(string? from, string to, string field)
    {
        var id = await api.FacilityAsync($"PER-{Guid.NewGuid():N}"[..12]);
        var admin = await api.AdminAsync();
        await admin.PutAsJsonAsync($"/api/facilities/{id}/baseline-period", new { from, to }).ExpectFieldErrorAsync(field);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM baseline_periods WHERE facility_id = @p0", id));
        await admin.PutAsync($"/api/facilities/{id}/baseline-period", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))
            .ContinueWith(t => Assert.Equal(HttpStatusCode.BadRequest, t.Result.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/facilities/999999/baseline-period", new { from = "2023-01", to = "2023-12" })).StatusCode);
    }

    [Fact]
    public async Task Run_requests_are_validated()
    {
        var admin = await api.AdminAsync();
        await admin.PostAsJsonAsync("/api/baselines/runs", new { facilityIds = new[] { 987654 } }).ExpectFieldErrorAsync("facilityIds");
        await admin.PostAsJsonAsync("/api/baselines/runs", new { facilityIds = Array.Empty<int>() }).ExpectFieldErrorAsync("facilityIds");
        var bad = await admin.PostAsync("/api/baselines/runs", new StringContent("{\"facilityIds\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/baselines/runs/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/baselines/runs/not-a-guid")).StatusCode);
    }
}
