using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Baselines;

/// <summary>The service with Hangfire on (server in process, fast polling, small batches so runs fan out).</summary>
public class BaselinesFixture : ApiFixture
{
    protected virtual string InstanceName => "first";
    protected virtual int BatchSize => 3;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("EnergySaving:Jobs:Enabled", "true"),
        new("EnergySaving:Jobs:RunServer", "true"),
        new("EnergySaving:Jobs:WorkerCount", "2"),
        new("EnergySaving:Jobs:QueuePollIntervalSeconds", "0.2"),
        new("EnergySaving:Jobs:BatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("EnergySaving:Jobs:InstanceName", InstanceName),
        new("EnergySaving:Jobs:NightlyCron", ""),
    ];

    /// <summary>Creates a facility with a weather station through the API.</summary>
    public async Task<int> FacilityAsync(string code, string sector = "industry", string? industry = "ceramics", string? station = null)
    {
        var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/facilities", new
        {
            code, name = $"Facility {code}", sector, industry, productionUnit = "t", province = "Thái Bình", weatherStation = station,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }

    /// <summary>Reports one month through the API: TOE as "other-energy" in toe, production in t.</summary>
    public async Task MonthAsync(int facilityId, DateOnly month, double toe, double? production)
    {
        var admin = await AdminAsync();
        var body = new
        {
            entries = new[] { new { carrier = "other-energy", quantity = toe, unit = "toe" } },
            production = production is { } p ? new { quantity = p, unit = "t" } : null,
        };
        var response = await admin.PutAsJsonAsync($"/api/facilities/{facilityId}/consumption/{month:yyyy-MM}", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Daily means for a station: a Red River Delta year (16 °C in January, 29 °C in July).</summary>
    public async Task StationAsync(string code, DateOnly from, DateOnly to)
    {
        var csv = new StringBuilder("date,mean_c\n");
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var t = 22.5 - (6.5 * Math.Cos(2 * Math.PI * (d.DayOfYear - 15) / 365.25)) + (1.5 * Math.Sin(d.DayNumber * 1.7));
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd},{t:0.0}\n");
        }
        var admin = await AdminAsync();
        var response = await admin.PutAsync($"/api/weather-stations/{code}/temperatures", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Starts a run and waits for it to finish; returns its final progress.</summary>
    public async Task<JsonElement> RunAsync(object? body = null)
    {
        var admin = await AdminAsync();
        var started = await admin.PostAsJsonAsync("/api/baselines/runs", body ?? new { }).ExpectAsync(HttpStatusCode.Accepted);
        return await WaitAsync(started.GetProperty("runId").GetGuid());
    }

    public async Task<JsonElement> WaitAsync(Guid runId)
    {
        var admin = await AdminAsync();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var progress = await admin.GetAsync($"/api/baselines/runs/{runId}").ExpectAsync(HttpStatusCode.OK);
            var status = progress.GetProperty("status").GetString();
            if (status is "succeeded" or "failed") return progress;
            Assert.True(DateTime.UtcNow < deadline, $"Run {runId} still {status} after 120 s: {progress}");
            await Task.Delay(200);
        }
    }
}
