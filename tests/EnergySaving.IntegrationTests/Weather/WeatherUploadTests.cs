using System.Net;
using System.Net.Http.Json;
using EnergySaving.Api.Demo;
using EnergySaving.Api.Weather;
using EnergySaving.IntegrationTests.Infrastructure;
using static EnergySaving.IntegrationTests.Weather.WeatherContent;

namespace EnergySaving.IntegrationTests.Weather;

public sealed class WeatherUploadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private Task<long> DaysAsync(string code) =>
        api.CountAsync("SELECT count(*) FROM daily_temperatures t JOIN weather_stations s ON s.id = t.station_id WHERE s.code = @p0", code);

    private Task<long> MeanTimesTenAsync(string code, string date) =>
        api.CountAsync("SELECT round(t.mean_c * 10) FROM daily_temperatures t JOIN weather_stations s ON s.id = t.station_id WHERE s.code = @p0 AND t.date = @p1::date", code, date);

    [Fact]
    public async Task Csv_upload_creates_the_station_and_writes_every_day()
    {
        var analyst = await api.AsAsync("analyst");
        var csv = "date,mean_c\r\n2023-01-01,16.5\r\n2023-01-02,-3\r\n\"2023-01-03\",\"17.25\"\r\n";
        var body = await analyst.PutAsync("/api/weather-stations/ST-CSV/temperatures", Csv(csv)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, body.GetProperty("days").GetInt32());
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM weather_stations WHERE code = 'ST-CSV'"));
        Assert.Equal(3, await DaysAsync("ST-CSV"));
        Assert.Equal(165, await MeanTimesTenAsync("ST-CSV", "2023-01-01"));
        Assert.Equal(-30, await MeanTimesTenAsync("ST-CSV", "2023-01-02"));
    }

    [Fact]
    public async Task Json_upload_writes_every_day()
    {
        var admin = await api.AdminAsync();
        var days = new[] { new { date = "2024-02-28", meanC = 18.1 }, new { date = "2024-02-29", meanC = 19.0 }, new { date = "2024-03-01", meanC = 20.4 } };
        var body = await admin.PutAsync("/api/weather-stations/ST.JSON_1/temperatures", Json(days)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, body.GetProperty("days").GetInt32());
        Assert.Equal(3, await DaysAsync("ST.JSON_1"));
        Assert.Equal(190, await MeanTimesTenAsync("ST.JSON_1", "2024-02-29"));
    }

    [Fact]
    public async Task Re_upload_replaces_the_dates_it_sends_and_keeps_the_others()
    {
        var analyst = await api.AsAsync("analyst");
        await analyst.PutAsync("/api/weather-stations/ST-RE/temperatures",
            Csv(CsvDays(new DateOnly(2023, 6, 1), 30, i => 28))).ExpectAsync(HttpStatusCode.OK);
        await analyst.PutAsync("/api/weather-stations/ST-RE/temperatures",
            Json(new[] { new { date = "2023-06-30", meanC = 31.5 }, new { date = "2023-07-01", meanC = 30.0 } })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(31, await DaysAsync("ST-RE"));
        Assert.Equal(315, await MeanTimesTenAsync("ST-RE", "2023-06-30"));
        Assert.Equal(280, await MeanTimesTenAsync("ST-RE", "2023-06-29"));
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM weather_stations WHERE code = 'ST-RE'"));

        // The same upload twice changes nothing.
        await analyst.PutAsync("/api/weather-stations/ST-RE/temperatures",
            Csv(CsvDays(new DateOnly(2023, 6, 1), 30, i => 28))).ExpectAsync(HttpStatusCode.OK);
        await analyst.PutAsync("/api/weather-stations/ST-RE/temperatures",
            Csv(CsvDays(new DateOnly(2023, 6, 1), 30, i => 28))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(31, await DaysAsync("ST-RE"));
        Assert.Equal(280, await MeanTimesTenAsync("ST-RE", "2023-06-30"));
    }

    [Fact]
    public async Task Ten_years_in_one_upload_above_the_default_body_limit()
    {
        var analyst = await api.AsAsync("analyst");
        var first = new DateOnly(2014, 1, 1);
        var days = Enumerable.Range(0, 3653).Select(i => new { date = first.AddDays(i).ToString("yyyy-MM-dd"), meanC = 20 + 8 * Math.Sin(i / 58.0) }).ToArray();
        // Padded past the default 1 MiB: the endpoint raises its own limit.
        var json = System.Text.Json.JsonSerializer.Serialize(days).Replace(",\"meanC\"", new string(' ', 300) + ",\"meanC\"");
        Assert.True(json.Length > 1024 * 1024);
        var body = await analyst.PutAsync("/api/weather-stations/ST-10Y/temperatures", RawJson(json)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3653, body.GetProperty("days").GetInt32());
        Assert.Equal(3653, await DaysAsync("ST-10Y"));
    }

    [Fact]
    public async Task Get_returns_the_range_in_date_order()
    {
        var analyst = await api.AsAsync("analyst");
        // Sent out of order on purpose.
        await analyst.PutAsync("/api/weather-stations/ST-GET/temperatures",
            Csv("date,mean_c\n2023-01-05,5\n2023-01-01,1\n2023-01-03,3\n2023-01-02,2\n2023-01-04,4\n")).ExpectAsync(HttpStatusCode.OK);
        var reporter = await api.AsAsync("reporter", await api.CreateFacilityAsync());

        var all = await reporter.GetAsync("/api/weather-stations/ST-GET/temperatures").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("ST-GET", all.GetProperty("station").GetString());
        Assert.Equal(["2023-01-01", "2023-01-02", "2023-01-03", "2023-01-04", "2023-01-05"],
            all.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()!).ToArray());

        var range = await analyst.GetAsync("/api/weather-stations/ST-GET/temperatures?from=2023-01-02&to=2023-01-04").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([2.0, 3.0, 4.0], range.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("meanC").GetDouble()).ToArray());
        var one = await analyst.GetAsync("/api/weather-stations/ST-GET/temperatures?from=2023-01-05&to=2023-01-05").ExpectAsync(HttpStatusCode.OK);
        Assert.Single(one.GetProperty("days").EnumerateArray());
        var none = await analyst.GetAsync("/api/weather-stations/ST-GET/temperatures?from=2024-01-01").ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(none.GetProperty("days").EnumerateArray());

        await analyst.GetAsync("/api/weather-stations/ST-GET/temperatures?from=2023-01-04&to=2023-01-02").ExpectFieldErrorAsync("from");
        await analyst.GetAsync("/api/weather-stations/ST-GET/temperatures?from=2023-13-01").ExpectFieldErrorAsync("from");
        await analyst.GetAsync("/api/weather-stations/ST-GET/temperatures?to=yesterday").ExpectFieldErrorAsync("to");
        await analyst.GetAsync("/api/weather-stations/NO-SUCH-STATION/temperatures").ExpectAsync(HttpStatusCode.NotFound);
        await analyst.GetAsync("/api/weather-stations/bad%20code!/temperatures").ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Station_details_and_the_list()
    {
        var analyst = await api.AsAsync("analyst");
        var created = await analyst.PutAsJsonAsync("/api/weather-stations/ST-LIST", new { name = "Trạm thử", province = "Thái Bình", latitude = 20.45, longitude = 106.34 })
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(0, created.GetProperty("days").GetInt32());
        await analyst.PutAsync("/api/weather-stations/ST-LIST/temperatures", Csv(CsvDays(new DateOnly(2022, 12, 30), 4, i => 15))).ExpectAsync(HttpStatusCode.OK);
        var updated = await analyst.PutAsJsonAsync("/api/weather-stations/ST-LIST", new { name = "Trạm thử 2", province = "Thái Bình" }).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Trạm thử 2", updated.GetProperty("name").GetString());

        var list = await analyst.GetAsync("/api/weather-stations").ExpectAsync(HttpStatusCode.OK);
        var station = list.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "ST-LIST");
        Assert.Equal(4, station.GetProperty("days").GetInt32());
        Assert.Equal("2022-12-30", station.GetProperty("firstDate").GetString());
        Assert.Equal("2023-01-02", station.GetProperty("lastDate").GetString());

        await analyst.PutAsJsonAsync("/api/weather-stations/ST-LIST", new { latitude = 91.0 }).ExpectFieldErrorAsync("latitude");
        await analyst.PutAsJsonAsync("/api/weather-stations/" + new string('X', 33), new { name = "x" }).ExpectFieldErrorAsync("code");
    }

    [Fact]
    public async Task Query_helper_reads_one_station_and_many()
    {
        var analyst = await api.AsAsync("analyst");
        await analyst.PutAsync("/api/weather-stations/ST-Q1/temperatures", Csv(CsvDays(new DateOnly(2023, 2, 1), 28, i => i))).ExpectAsync(HttpStatusCode.OK);
        await analyst.PutAsync("/api/weather-stations/ST-Q2/temperatures", Csv(CsvDays(new DateOnly(2023, 2, 10), 5, i => -i))).ExpectAsync(HttpStatusCode.OK);

        await api.WithDbAsync(async db =>
        {
            var one = await WeatherQueries.DailyMeansAsync(db, "ST-Q1", new DateOnly(2023, 2, 3), new DateOnly(2023, 2, 5), CancellationToken.None);
            Assert.Equal([new DateOnly(2023, 2, 3), new DateOnly(2023, 2, 4), new DateOnly(2023, 2, 5)], one.Keys.ToArray());
            Assert.Equal([2.0, 3.0, 4.0], one.Values.ToArray());
            Assert.Empty(await WeatherQueries.DailyMeansAsync(db, "ST-NONE", DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None));

            var many = await WeatherQueries.DailyMeansAsync(db, ["ST-Q1", "ST-Q2", "ST-NONE"], new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 28), CancellationToken.None);
            Assert.Equal(28, many["ST-Q1"].Count);
            Assert.Equal(5, many["ST-Q2"].Count);
            Assert.False(many.ContainsKey("ST-NONE"));

            var month = WeatherQueries.MonthArray(many["ST-Q2"], new DateOnly(2023, 2, 15));
            Assert.Equal(28, month.Length);
            Assert.True(double.IsNaN(month[0]));
            Assert.Equal(-4.0, month[13]);
        });
    }

    [Fact]
    public async Task Demo_loader_loads_three_years_for_TB_THAIBINH_and_is_idempotent()
    {
        var folder = SeedDataFolder.Find("", AppContext.BaseDirectory);
        for (var run = 0; run < 2; run++)
        {
            await api.WithDbAsync(async db => Assert.Equal(1096, await DemoWeather.LoadAsync(db, folder, TimeProvider.System)));
            Assert.Equal(1096, await DaysAsync("TB-THAIBINH"));
            Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM weather_stations WHERE code = 'TB-THAIBINH' AND province = 'Thái Bình' AND latitude = 20.45"));
        }
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM daily_temperatures t JOIN weather_stations s ON s.id = t.station_id WHERE s.code = 'TB-THAIBINH' AND t.date = '2024-12-31'"));
    }
}
