using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Web;
using EnergySaving.Core.Messages;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Baselines;

/// <summary>
/// The reasons of key facilities, support candidates and baselines are codes with arguments, stored as such and
/// rendered in the request's language: the same <c>reasonCodes</c> in English and Vietnamese, the texts in the
/// language asked for (Content-Language says which), numbers, months and sectors in that language's way.
/// Hand-written sentences in both languages check the catalogue's wording and formats.
/// </summary>
public sealed class ReasonLanguagesTests(BaselinesFixture api) : IClassFixture<BaselinesFixture>
{
    private static async Task<(JsonElement Json, HttpResponseMessage Response)> GetAsync(HttpClient client, string url, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return (JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    private static async Task<(JsonElement Json, HttpResponseMessage Response)> PutAsync(HttpClient client, string url, object body, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {text}");
        return (JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    private static string[] Texts(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToArray();

    private static void AssertLanguage(HttpResponseMessage response, string language) =>
        Assert.Contains(language, response.Content.Headers.ContentLanguage);

    [Fact]
    public async Task Key_facilities_and_candidates_answer_the_same_codes_in_both_languages_and_vietnamese_texts_when_asked()
    {
        var key = await api.FacilityAsync("RL-KEY");
        var small = await api.FacilityAsync("RL-SMALL");
        // 11 × 134.8 + 135 = 1,617.8 TOE in 2024; 46 × 12 = 552 TOE.
        for (var m = 1; m <= 12; m++)
        {
            await api.MonthAsync(key, new DateOnly(2024, m, 1), m == 12 ? 135 : 134.8, 1000);
            await api.MonthAsync(small, new DateOnly(2024, m, 1), 46, 500);
        }
        Assert.Equal("succeeded", (await api.RunAsync()).GetProperty("status").GetString());
        var analyst = await api.AsAsync("analyst");

        var (en, enResponse) = await GetAsync(analyst, "/api/key-facilities?year=2024", null);
        var (vi, viResponse) = await GetAsync(analyst, "/api/key-facilities?year=2024", "vi");
        AssertLanguage(enResponse, "en");
        AssertLanguage(viResponse, "vi");
        var enItem = en.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "RL-KEY");
        var viItem = vi.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "RL-KEY");
        Assert.Equal("1,617.8 TOE in 2024 ≥ 1,000 TOE (industry)", enItem.GetProperty("reason").GetString());
        Assert.Equal(["1,617.8 TOE in 2024 ≥ 1,000 TOE (industry)"], Texts(enItem, "reasons"));
        Assert.Equal("1.617,8 TOE năm 2024 ≥ 1.000 TOE (ngưỡng lĩnh vực Công nghiệp)", viItem.GetProperty("reason").GetString());
        Assert.Equal(["1.617,8 TOE năm 2024 ≥ 1.000 TOE (ngưỡng lĩnh vực Công nghiệp)"], Texts(viItem, "reasons"));
        Assert.Equal(enItem.GetProperty("reasonCodes").GetRawText(), viItem.GetProperty("reasonCodes").GetRawText());
        var code = Assert.Single(enItem.GetProperty("reasonCodes").EnumerateArray());
        Assert.Equal("key-facility.at-or-above", code.GetProperty("code").GetString());
        Assert.Equal(1617.8, code.GetProperty("args").GetProperty("toe").GetDouble(), 9);
        Assert.Equal(1000, code.GetProperty("args").GetProperty("threshold").GetDouble());
        Assert.Equal(2024, code.GetProperty("args").GetProperty("year").GetInt32());
        Assert.Equal("industry", code.GetProperty("args").GetProperty("sector").GetString());

        (en, enResponse) = await GetAsync(analyst, "/api/support-candidates?year=2024", null);
        (vi, viResponse) = await GetAsync(analyst, "/api/support-candidates?year=2024", "vi");
        AssertLanguage(enResponse, "en");
        AssertLanguage(viResponse, "vi");
        var enCandidate = en.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "RL-SMALL");
        var viCandidate = vi.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "RL-SMALL");
        Assert.Equal(enCandidate.GetProperty("reasonCodes").GetRawText(), viCandidate.GetProperty("reasonCodes").GetRawText());
        var codes = enCandidate.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToArray();
        Assert.Equal(Texts(enCandidate, "reasons").Length, codes.Length);
        Assert.Equal(codes.Length, Texts(viCandidate, "reasons").Length);
        Assert.Equal("candidate.under-threshold", codes[0]);
        Assert.Equal("candidate.year-complete", codes[^1]);
        Assert.Equal("552.0 TOE in 2024 < 1,000 TOE", Texts(enCandidate, "reasons")[0]);
        Assert.Equal("552,0 TOE năm 2024 < 1.000 TOE", Texts(viCandidate, "reasons")[0]);
        Assert.Equal("All 12 months of 2024 reported.", Texts(enCandidate, "reasons")[^1]);
        Assert.Equal("Đã báo cáo đủ 12 tháng của năm 2024.", Texts(viCandidate, "reasons")[^1]);
        // Only one ceramics facility reports production besides the key one: two peers, three needed.
        Assert.Contains("Only 2 ceramics facilities report t production for all of 2024: no SEC comparison (at least 3 needed).", Texts(enCandidate, "reasons"));
        Assert.Contains("Chỉ 2 cơ sở ngành ceramics báo cáo sản lượng theo t đủ cả năm 2024: không so sánh được suất tiêu hao (cần ít nhất 3).", Texts(viCandidate, "reasons"));
        Assert.All(Texts(viCandidate, "reasons"), r => Assert.DoesNotMatch(@"\b(TOE in|reported|median of|against its baseline|Baseline model)\b", r));

        // The stored jsonb is the codes, not sentences.
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM annual_flags WHERE year = 2024 AND facility_id = @p0 AND reasons -> 0 ->> 'code' = 'candidate.under-threshold'", small));
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM annual_flags WHERE year = 2024 AND facility_id = @p0 AND (key_reason::jsonb) ->> 'code' = 'key-facility.at-or-above'", key));
    }

    [Fact]
    public async Task A_baseline_s_reasons_answer_the_same_codes_in_both_languages_with_months_in_the_language_s_form()
    {
        var sparse = await api.FacilityAsync("RL-SPARSE");
        await api.MonthAsync(sparse, new DateOnly(2023, 5, 1), 30, 300);
        Assert.Equal("succeeded", (await api.RunAsync(new { facilityIds = new[] { sparse } })).GetProperty("status").GetString());
        var admin = await api.AdminAsync();

        var (en, enResponse) = await GetAsync(admin, $"/api/facilities/{sparse}/baseline", null);
        var (vi, viResponse) = await GetAsync(admin, $"/api/facilities/{sparse}/baseline", "vi");
        AssertLanguage(enResponse, "en");
        AssertLanguage(viResponse, "vi");
        Assert.Equal("insufficient-data", en.GetProperty("status").GetString());
        Assert.Equal(en.GetProperty("reasonCodes").GetRawText(), vi.GetProperty("reasonCodes").GetRawText());
        var code = Assert.Single(en.GetProperty("reasonCodes").EnumerateArray());
        Assert.Equal("baseline.period.no-complete-run", code.GetProperty("code").GetString());
        Assert.Equal("2023-05", code.GetProperty("args").GetProperty("from").GetString());
        Assert.Equal(1, code.GetProperty("args").GetProperty("length").GetInt32());
        Assert.Equal(["Insufficient data: no 12 consecutive months with consumption data; the longest run is 1 month(s), 2023-05..2023-05. An analyst may set the baseline period."],
            Texts(en, "reasons"));
        Assert.Equal(["Không đủ dữ liệu: không có 12 tháng liên tiếp có số liệu tiêu thụ; chuỗi dài nhất là 1 tháng, 05/2023..05/2023. Chuyên viên phân tích có thể đặt giai đoạn cơ sở."],
            Texts(vi, "reasons"));
    }

    [Fact]
    public async Task Reasons_stored_as_texts_by_the_previous_release_still_read_as_they_are()
    {
        var old = await api.FacilityAsync("RL-OLD");
        for (var m = 1; m <= 12; m++) await api.MonthAsync(old, new DateOnly(2021, m, 1), 40, 500);
        Assert.Equal("succeeded", (await api.RunAsync(new { facilityIds = new[] { old } })).GetProperty("status").GetString());
        // As the previous release wrote them: a jsonb array of sentences, the key reason as plain text.
        Assert.Equal(1, await api.CountAsync("""
            WITH u AS (UPDATE facility_baselines SET reasons = '["An old note."]' WHERE facility_id = @p0 RETURNING 1) SELECT count(*) FROM u
            """, old));
        Assert.Equal(1, await api.CountAsync("""
            WITH u AS (UPDATE annual_flags SET reasons = '["480.0 TOE in 2021 < 1,000 TOE"]', key_reason = '480.0 TOE in 2021 < 1,000 TOE (industry)'
                       WHERE facility_id = @p0 AND year = 2021 RETURNING 1) SELECT count(*) FROM u
            """, old));
        var admin = await api.AdminAsync();

        var (baseline, _) = await GetAsync(admin, $"/api/facilities/{old}/baseline", "vi");
        Assert.Equal(["An old note."], Texts(baseline, "reasons"));
        var stored = Assert.Single(baseline.GetProperty("reasonCodes").EnumerateArray());
        Assert.Equal(MessageJsonConverter.LegacyCode, stored.GetProperty("code").GetString());
        Assert.Equal("An old note.", stored.GetProperty("args").GetProperty("text").GetString());

        var (candidates, _) = await GetAsync(admin, "/api/support-candidates?year=2021", "vi");
        var item = Assert.Single(candidates.GetProperty("items").EnumerateArray(), i => i.GetProperty("facilityId").GetInt32() == old);
        Assert.Equal(["480.0 TOE in 2021 < 1,000 TOE"], Texts(item, "reasons"));
        Assert.Equal(MessageJsonConverter.LegacyCode, item.GetProperty("reasonCodes")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_refused_baseline_period_answers_the_same_codes_in_both_languages_and_changes_nothing()
    {
        var facility = await api.FacilityAsync("RL-PERIOD");
        var admin = await api.AdminAsync();
        var url = $"/api/facilities/{facility}/baseline-period";

        var (en, enResponse) = await PutAsync(admin, url, new { from = "2024-13", to = "2025-01" }, null);
        var (vi, viResponse) = await PutAsync(admin, url, new { from = "2024-13", to = "2025-01" }, "vi");
        AssertLanguage(enResponse, "en");
        AssertLanguage(viResponse, "vi");
        Assert.Equal(en.GetProperty("errorCodes").GetRawText(), vi.GetProperty("errorCodes").GetRawText());
        Assert.Equal("baseline.period.not-a-month", en.GetProperty("errorCodes").GetProperty("from")[0].GetProperty("code").GetString());
        Assert.Equal(["'2024-13' is not a month: use YYYY-MM."], Texts(en.GetProperty("errors"), "from"));
        Assert.Equal(["'2024-13' không phải là tháng: hãy dùng dạng YYYY-MM."], Texts(vi.GetProperty("errors"), "from"));

        (en, _) = await PutAsync(admin, url, new { from = "2023-01", to = "2023-06" }, null);
        (vi, _) = await PutAsync(admin, url, new { from = "2023-01", to = "2023-06" }, "vi");
        Assert.Equal(en.GetProperty("errorCodes").GetRawText(), vi.GetProperty("errorCodes").GetRawText());
        Assert.Equal(["The baseline period 2023-01..2023-06 has 6 months; it must have 12 to 36."], Texts(en.GetProperty("errors"), "to"));
        Assert.Equal(["Giai đoạn cơ sở 01/2023..06/2023 có 6 tháng; cần từ 12 đến 36 tháng."], Texts(vi.GetProperty("errors"), "to"));

        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM baseline_periods WHERE facility_id = @p0", facility));
    }

    [Theory]
    [InlineData("/api/key-facilities?year=abc")]
    [InlineData("/api/support-candidates?year=abc")]
    [InlineData("/api/overview?year=abc")]
    public async Task A_bad_year_answers_the_same_code_in_both_languages(string url)
    {
        var analyst = await api.AsAsync("analyst");
        async Task<(JsonElement, HttpResponseMessage)> Get(string? language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await analyst.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.JsonAsync(), response);
        }
        var (en, _) = await Get(null);
        var (vi, viResponse) = await Get("vi");
        AssertLanguage(viResponse, "vi");
        Assert.Equal(en.GetProperty("errorCodes").GetRawText(), vi.GetProperty("errorCodes").GetRawText());
        Assert.Equal("flags.year.invalid", en.GetProperty("errorCodes").GetProperty("year")[0].GetProperty("code").GetString());
        Assert.Equal(["'abc' is not a year: use a four-digit year from 1990 to 2100."], Texts(en.GetProperty("errors"), "year"));
        Assert.Equal(["'abc' không phải là năm: hãy dùng năm bốn chữ số từ 1990 đến 2100."], Texts(vi.GetProperty("errors"), "year"));
    }

    [Fact]
    public void Hand_written_sentences_of_the_rules_in_both_languages()
    {
        var incomplete = Message.Of("key-facility.year-incomplete", ("months", 11), ("year", 2024), ("toe", 1617.84), ("threshold", 500.0), ("sector", "building"));
        Assert.Equal("Only 11 of 12 months reported in 2024: key-facility status needs the whole year (1,617.8 TOE so far, threshold 500 TOE for building).",
            incomplete.Render(WebCultures.En));
        Assert.Equal("Năm 2024 mới báo cáo 11 trên 12 tháng: cần đủ cả năm để xác định cơ sở trọng điểm (hiện có 1.617,8 TOE, ngưỡng 500 TOE cho lĩnh vực Công trình xây dựng).",
            incomplete.Render(WebCultures.Vi));

        var sec = Message.Of("candidate.sec.above-median", ("sec", 0.092), ("unit", "t"), ("percent", 15.0), ("peers", 4), ("industry", "ceramics"),
            ("median", 0.08), ("potential", 1234.56));
        Assert.Equal("SEC 0.092 TOE/t is 15 % above the median of 4 ceramics facilities (0.08 TOE/t): 1,234.6 TOE could be saved at the median", sec.Render(WebCultures.En));
        Assert.Equal("Suất tiêu hao 0,092 TOE/t cao hơn 15 % so với trung vị của 4 cơ sở ngành ceramics (0,08 TOE/t): có thể tiết kiệm 1.234,6 TOE nếu đạt mức trung vị",
            sec.Render(WebCultures.Vi));

        var cv = Message.Of("baseline.metrics.cv-rmse-too-high", ("cvRmse", 0.1834), ("max", 0.15));
        Assert.Equal("Model not adequate: CV(RMSE) 18.3 % > 15 % (ASHRAE Guideline 14, monthly).", cv.Render(WebCultures.En));
        Assert.Equal("Mô hình chưa đạt: CV(RMSE) 18,3 % > 15 % (ASHRAE Guideline 14, theo tháng).", cv.Render(WebCultures.Vi));

        var weather = Message.Of("baseline.weather-models-not-tried", ("coverage", 0.9),
            ("months", new[] { Message.Of("baseline.month-temperature-coverage", ("month", "2022-04"), ("coverage", 0.5)) }));
        Assert.Equal("Weather models not tried: fewer than 90 % of days have a temperature in 2022-04 (50 % of days).", weather.Render(WebCultures.En));
        Assert.Equal("Chưa thử mô hình theo thời tiết: dưới 90 % số ngày có nhiệt độ trong 04/2022 (50 % số ngày).", weather.Render(WebCultures.Vi));

        var left = Message.Of("baseline.savings.months-left-out", ("months", new[]
        {
            Message.Of("baseline.savings.month-without-production", ("month", "2024-03")),
            Message.Of("baseline.savings.month-without-temperatures", ("month", "2024-04")),
        }));
        Assert.Equal("Left out of savings (an input the model needs is missing): 2024-03 (production not reported), 2024-04 (temperatures for too few days).",
            left.Render(WebCultures.En));
        Assert.Equal("Không tính vào mức tiết kiệm (thiếu dữ liệu mô hình cần): 03/2024 (chưa báo cáo sản lượng), 04/2024 (quá ít ngày có nhiệt độ).",
            left.Render(WebCultures.Vi));

        // Stored and read back (the jsonb of the jobs), a message renders exactly as the one written.
        var stored = StoredMessages.Read(StoredMessages.Write([incomplete, sec, cv, weather, left]));
        Assert.Equal(new[] { incomplete, sec, cv, weather, left }.Render(WebCultures.Vi), stored.Render(WebCultures.Vi));
        Assert.Equal(new[] { incomplete, sec, cv, weather, left }.Render(WebCultures.En), stored.Render(WebCultures.En));
        Assert.Equal(incomplete.Render(WebCultures.Vi), StoredMessages.ReadOne(StoredMessages.WriteOne(incomplete)).Render(WebCultures.Vi));
    }
}
