using System.Net;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;
using static EnergySaving.IntegrationTests.Weather.WeatherContent;

namespace EnergySaving.IntegrationTests.Weather;

/// <summary>Every rejected upload answers 4xx, names the bad rows, and writes nothing.</summary>
public sealed class WeatherRejectionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Station = "ST-REJ";
    private const string Url = $"/api/weather-stations/{Station}/temperatures";

    private static readonly string Tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd");

    private async Task<(long Stations, long Days)> CountsAsync() =>
        (await api.CountAsync("SELECT count(*) FROM weather_stations"), await api.CountAsync("SELECT count(*) FROM daily_temperatures"));

    private async Task<List<(int? Row, string? Column)>> RejectedAsync(HttpContent content, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var analyst = await api.AsAsync("analyst");
        var before = await CountsAsync();
        var response = await analyst.PutAsync(Url, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountsAsync());
        return status == HttpStatusCode.BadRequest ? RowErrors(await response.JsonAsync()) : [];
    }

    public static TheoryData<string, int?, string?> BadCsv => new()
    {
        { "date,mean_c\n2023-02-30,16\n", 2, "date" },
        { "date,mean_c\n2023/01/01,16\n", 2, "date" },
        { "date,mean_c\n01-01-2023,16\n", 2, "date" },
        { "date,mean_c\n,16\n", 2, "date" },
        { "date,mean_c\n2023-01-01,16\n2023-01-01,17\n", 3, "date" },
        { "date,mean_c\n2023-01-01,60.1\n", 2, "mean_c" },
        { "date,mean_c\n2023-01-01,-60.5\n", 2, "mean_c" },
        { "date,mean_c\n2023-01-01,abc\n", 2, "mean_c" },
        { "date,mean_c\n2023-01-01,NaN\n", 2, "mean_c" },
        { "date,mean_c\n2023-01-01,Infinity\n", 2, "mean_c" },
        { "date,mean_c\n2023-01-01,\"16,5\"\n", 2, "mean_c" },
        { "date,mean_c\n2023-01-01\n", 2, "mean_c" },
        { "date,mean_c\n2023-01-01,\n", 2, "mean_c" },
        { $"date,mean_c\n{"2099-01-01"},16\n", 2, "date" },
        { "date,temperature\n2023-01-01,16\n", 1, "mean_c" },
        { "mean_c\n16\n", 1, "date" },
        { "2023-01-01,16\n", 1, "date" },
        { "date,mean_c\n", 2, null },
        { "", 1, null },
        { "\n\n", 1, null },
        { "date,date,mean_c\n2023-01-01,2023-01-01,16\n", 1, null },
        { "date,mean_c\n\"2023-01-01,16\n", 2, "date" },
        { "date,mean_c\n2023-01-01,16,extra\n2023-01-02\"x,1\n", 3, "date" },
        { "date;mean_c\n2023-01-01;16,5\n", 2, "mean_c" },
    };

    [Theory]
    [MemberData(nameof(BadCsv))]
    public async Task Bad_csv_is_refused_naming_the_row_and_nothing_is_written(string csv, int? row, string? column)
    {
        var errors = await RejectedAsync(Csv(csv));
        Assert.Contains((row, column), errors);
    }

    [Fact]
    public async Task Every_bad_row_is_listed_and_good_rows_are_not_written()
    {
        var csv = "date,mean_c\n2023-01-01,16\n2023-01-32,16\n2023-01-03,99\n2023-01-04,17\n2023-01-01,18\nnope,x\n" + $"{Tomorrow},20\n";
        var errors = await RejectedAsync(Csv(csv));
        Assert.Equal([(3, "date"), (4, "mean_c"), (6, "date"), (7, "date"), (7, "mean_c"), (8, "date")], errors);
    }

    [Fact]
    public async Task A_future_date_is_refused()
    {
        Assert.Equal([(2, "date")], await RejectedAsync(Csv($"date,mean_c\n{Tomorrow},20\n")));
        Assert.Equal([(1, "date")], await RejectedAsync(Json(new[] { new { date = Tomorrow, meanC = 20.0 } })));
    }

    public static TheoryData<string, int?, string?> BadJson => new()
    {
        { """[{ "date": "2023-01-01", "meanC": 16 }, { "date": "2023-02-29", "meanC": 16 }]""", 2, "date" },
        { """[{ "date": "2023-01-01", "meanC": "16" }]""", 1, "meanC" },
        { """[{ "date": "2023-01-01", "meanC": 61 }]""", 1, "meanC" },
        { """[{ "date": "2023-01-01", "meanC": null }]""", 1, "meanC" },
        { """[{ "date": "2023-01-01" }]""", 1, "meanC" },
        { """[{ "meanC": 3 }]""", 1, "date" },
        { """[{ "date": 20230101, "meanC": 3 }]""", 1, "date" },
        { """[{ "date": "2023-01-01", "meanC": 1 }, { "date": "2023-01-01", "meanC": 2 }]""", 2, "date" },
        { """[{ "date": "2023-01-01", "meanC": 1e400 }]""", 1, "meanC" },
        { """[42]""", 1, null },
        { """[]""", null, null },
        { """{ "date": "2023-01-01", "meanC": 1 }""", null, null },
        { """[{ "date": "2023-01-01", "meanC": 1 }""", null, null },
        { "", null, null },
        { "not json", null, null },
    };

    [Theory]
    [MemberData(nameof(BadJson))]
    public async Task Bad_json_is_refused_naming_the_row_and_nothing_is_written(string json, int? row, string? column)
    {
        var errors = await RejectedAsync(RawJson(json));
        Assert.Contains((row, column), errors);
    }

    [Fact]
    public async Task A_bad_station_code_is_refused()
    {
        var analyst = await api.AsAsync("analyst");
        var before = await CountsAsync();
        await analyst.PutAsync("/api/weather-stations/" + new string('A', 33) + "/temperatures", Csv("date,mean_c\n2023-01-01,1\n")).ExpectFieldErrorAsync("code");
        await analyst.PutAsync("/api/weather-stations/bad%20code/temperatures", Csv("date,mean_c\n2023-01-01,1\n")).ExpectFieldErrorAsync("code");
        await analyst.PutAsync("/api/weather-stations/%C3%A9t%C3%A9/temperatures", Csv("date,mean_c\n2023-01-01,1\n")).ExpectFieldErrorAsync("code");
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data")]
    [InlineData(null)]
    public async Task Other_content_types_get_415(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("date,mean_c\n2023-01-01,16\n"));
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        await RejectedAsync(content, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_five_megabytes_gets_413()
    {
        var csv = CsvDays(new DateOnly(2000, 1, 1), 3000, i => 20) + new string('\n', 5 * 1024 * 1024);
        await RejectedAsync(Csv(csv), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task More_than_ten_years_in_one_upload_is_refused()
    {
        var errors = await RejectedAsync(Csv(CsvDays(new DateOnly(1990, 1, 1), 3701, i => 20)));
        Assert.Single(errors);
    }
}
