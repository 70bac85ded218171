using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Facilities;

/// <summary>
/// The refusals of the facilities API as codes and texts: the same codes in every language, the texts in the
/// request's language (Accept-Language: vi or ?lang=vi, else English; Content-Language says which), a problem
/// other than 400 (404, 409, 413, 415) with its code, a malformed body with a code, and nothing written.
/// </summary>
public sealed class FacilityMessagesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private enum Lang { None, Header, Query }

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string url,
        HttpContent? content, Lang lang)
    {
        var request = new HttpRequestMessage(method, lang == Lang.Query ? url + (url.Contains('?') ? "&" : "?") + "lang=vi" : url) { Content = content };
        if (lang == Lang.Header) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A member of a problem body; a failure shows the whole body.</summary>
    private static JsonElement Member(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var m) ? m : throw new Xunit.Sdk.XunitException($"No '{name}' in {body}");

    private static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    private static string? ContentLanguage(HttpResponseMessage r) => r.Content.Headers.ContentLanguage.SingleOrDefault();

    /// <summary>errorCodes as "field: code(args)" lines, in order: what must not depend on the language.</summary>
    private static string[] Codes(JsonElement body) =>
        body.GetProperty("errorCodes").EnumerateObject()
            .SelectMany(f => f.Value.EnumerateArray().Select(m => $"{f.Name}: {m.GetProperty("code").GetString()}"
                                                                 + (m.TryGetProperty("args", out var a) ? a.GetRawText() : "")))
            .ToArray();

    private static string Error(JsonElement body, string field) => body.GetProperty("errors").GetProperty(field)[0].GetString()!;

    // Code too long (33 characters), no name, an unknown sector: three fields, three codes.
    private const string BadBody = """{"code":"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456","sector":"mining","province":"Thái Bình"}""";

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task A_refused_body_answers_the_same_codes_in_both_languages_and_writes_nothing(string verb)
    {
        var admin = await api.AdminAsync();
        var url = "/api/facilities";
        if (verb == "PUT")
        {
            var created = await admin.PostAsJsonAsync("/api/facilities", new { code = "MSG-PUT", name = "Gạch Tuynel", sector = "industry", province = "Thái Bình" })
                .ExpectAsync(HttpStatusCode.Created);
            url += "/" + created.GetProperty("id").GetInt32();
        }
        var method = new HttpMethod(verb);
        var facilities = await api.CountAsync("SELECT count(*) FROM facilities");
        var changes = await api.CountAsync("SELECT count(*) FROM facility_changes");

        var (en, enBody) = await SendAsync(admin, method, url, Json(BadBody), Lang.None);
        var (viHeader, viHeaderBody) = await SendAsync(admin, method, url, Json(BadBody), Lang.Header);
        var (viQuery, viQueryBody) = await SendAsync(admin, method, url, Json(BadBody), Lang.Query);

        foreach (var r in new[] { en, viHeader, viQuery }) Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("en", ContentLanguage(en));
        Assert.Equal("vi", ContentLanguage(viHeader));
        Assert.Equal("vi", ContentLanguage(viQuery));

        var codes = Codes(enBody);
        Assert.Equal(
            [
                """code: facility.code.too-long{"max":32}""",
                "name: facility.name.required",
                """sector: facility.sector.unknown{"sector":"mining","sectors":["industry","agriculture","transport","building"]}""",
            ], codes);
        Assert.Equal(codes, Codes(viHeaderBody));
        Assert.Equal(codes, Codes(viQueryBody));

        Assert.Equal("Code must be at most 32 characters.", Error(enBody, "code"));
        Assert.Equal("Name is required.", Error(enBody, "name"));
        Assert.Equal("Unknown sector 'mining': use one of industry, agriculture, transport, building.", Error(enBody, "sector"));
        foreach (var vi in new[] { viHeaderBody, viQueryBody })
        {
            Assert.Equal("Mã dài tối đa 32 ký tự.", Error(vi, "code"));
            Assert.Equal("Cần nhập tên.", Error(vi, "name"));
            Assert.Equal("Không có lĩnh vực 'mining': hãy dùng một trong industry, agriculture, transport, building.", Error(vi, "sector"));
        }

        Assert.Equal(facilities, await api.CountAsync("SELECT count(*) FROM facilities"));
        Assert.Equal(changes, await api.CountAsync("SELECT count(*) FROM facility_changes"));
    }

    [Fact]
    public async Task An_unknown_facility_is_a_404_with_its_code_in_both_languages()
    {
        var admin = await api.AdminAsync();
        var (en, enBody) = await SendAsync(admin, HttpMethod.Get, "/api/facilities/987654", null, Lang.None);
        var (vi, viBody) = await SendAsync(admin, HttpMethod.Get, "/api/facilities/987654", null, Lang.Header);
        Assert.Equal(HttpStatusCode.NotFound, en.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, vi.StatusCode);
        foreach (var body in new[] { enBody, viBody })
        {
            Assert.Equal("facility.not-found", body.GetProperty("code").GetString());
            Assert.Equal(987654, body.GetProperty("args").GetProperty("id").GetInt32());
        }
        Assert.Equal("Facility 987654 not found.", enBody.GetProperty("detail").GetString());
        Assert.Equal("Không tìm thấy cơ sở 987654.", viBody.GetProperty("detail").GetString());
        Assert.Equal("vi", ContentLanguage(vi));

        var (put, putBody) = await SendAsync(admin, HttpMethod.Put, "/api/facilities/987654",
            JsonContent.Create(new { code = "NF-2", name = "n", sector = "industry", province = "p" }), Lang.Query);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal("facility.not-found", putBody.GetProperty("code").GetString());
        Assert.Equal("Không tìm thấy cơ sở 987654.", putBody.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_taken_code_is_a_409_with_its_code()
    {
        var admin = await api.AdminAsync();
        await admin.PostAsJsonAsync("/api/facilities", new { code = "MSG-TAKEN", name = "n", sector = "building", province = "p" }).ExpectAsync(HttpStatusCode.Created);
        var (r, body) = await SendAsync(admin, HttpMethod.Post, "/api/facilities",
            JsonContent.Create(new { code = "msg-taken", name = "n", sector = "building", province = "p" }), Lang.Header);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Equal("facility.code.taken", body.GetProperty("code").GetString());
        Assert.Equal("MSG-TAKEN", body.GetProperty("args").GetProperty("code").GetString());
        Assert.Equal("Đã có cơ sở mã 'MSG-TAKEN' (mã không phân biệt chữ hoa, chữ thường).", body.GetProperty("detail").GetString());
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM facilities WHERE lower(code) = 'msg-taken'"));
    }

    [Fact]
    public async Task A_body_too_large_and_a_wrong_content_type_carry_their_codes()
    {
        var admin = await api.AdminAsync();
        var before = await api.CountAsync("SELECT count(*) FROM facilities");
        var huge = "{\"code\":\"H-2\",\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\",\"sector\":\"industry\",\"province\":\"p\"}";
        var (tooLarge, tooLargeBody) = await SendAsync(admin, HttpMethod.Post, "/api/facilities", Json(huge), Lang.None);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("request.body.too-large", Member(tooLargeBody, "code").GetString());
        Assert.Equal(1048576, Member(tooLargeBody, "args").GetProperty("max").GetInt64());
        Assert.Equal("The request body is larger than 1048576 bytes.", Member(tooLargeBody, "detail").GetString());

        var (tooLargeVi, tooLargeViBody) = await SendAsync(admin, HttpMethod.Post, "/api/facilities", Json(huge), Lang.Header);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLargeVi.StatusCode);
        Assert.Equal("Dữ liệu gửi lên lớn hơn 1048576 byte.", Member(tooLargeViBody, "detail").GetString());

        var (text, textBody) = await SendAsync(admin, HttpMethod.Post, "/api/facilities", new StringContent("code=A", Encoding.UTF8, "text/plain"), Lang.Header);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal("request.content-type.unsupported", Member(textBody, "code").GetString());
        Assert.StartsWith("text/plain", Member(textBody, "args").GetProperty("contentType").GetString());
        Assert.StartsWith("Định dạng dữ liệu 'text/plain", Member(textBody, "detail").GetString());
        Assert.Equal("vi", ContentLanguage(text));

        Assert.Equal(before, await api.CountAsync("SELECT count(*) FROM facilities"));
    }

    [Theory]
    [InlineData("{\"code\": \"A\",", "body", "request.json.unreadable")]
    [InlineData("[1,2,3]", "body", "request.json.unreadable")]
    [InlineData("{\"code\": 5, \"name\": \"n\"}", "code", "request.json.invalid-value")]
    [InlineData("", "body", "request.body.missing")]
    public async Task A_malformed_body_is_a_400_naming_the_field_with_a_code(string json, string field, string code)
    {
        var admin = await api.AdminAsync();
        var before = await api.CountAsync("SELECT count(*) FROM facilities");
        var (en, enBody) = await SendAsync(admin, HttpMethod.Post, "/api/facilities", Json(json), Lang.None);
        var (vi, viBody) = await SendAsync(admin, HttpMethod.Post, "/api/facilities", Json(json), Lang.Header);
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        Assert.Equal("application/problem+json", en.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, enBody.GetProperty("errorCodes").GetProperty(field)[0].GetProperty("code").GetString());
        Assert.Equal(Codes(enBody), Codes(viBody));
        Assert.NotEqual(Error(enBody, field), Error(viBody, field));
        Assert.Equal(before, await api.CountAsync("SELECT count(*) FROM facilities"));
    }

    [Fact]
    public async Task A_query_parameter_that_does_not_parse_is_a_400_naming_it()
    {
        var admin = await api.AdminAsync();
        var (r, body) = await SendAsync(admin, HttpMethod.Get, "/api/facilities?page=abc", null, Lang.Header);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var error = body.GetProperty("errorCodes").GetProperty("page")[0];
        Assert.Equal("request.parameter.invalid", error.GetProperty("code").GetString());
        Assert.Equal("abc", error.GetProperty("args").GetProperty("value").GetString());
        Assert.Equal("'abc' không phải là giá trị hợp lệ của page.", Error(body, "page"));

        var (size, sizeBody) = await SendAsync(admin, HttpMethod.Get, "/api/facilities?pageSize=501", null, Lang.None);
        Assert.Equal(HttpStatusCode.BadRequest, size.StatusCode);
        Assert.Equal("pageSize must be between 1 and 500.", Error(sizeBody, "pageSize"));
        var (sizeVi, sizeViBody) = await SendAsync(admin, HttpMethod.Get, "/api/facilities?pageSize=501", null, Lang.Query);
        Assert.Equal(HttpStatusCode.BadRequest, sizeVi.StatusCode);
        Assert.Equal("pageSize: phải từ 1 đến 500.", Error(sizeViBody, "pageSize"));
    }

    [Fact]
    public async Task A_production_unit_change_over_reported_months_is_refused_with_the_count_in_both_languages()
    {
        var admin = await api.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/facilities", new { code = "MSG-UNIT", name = "Gạch", sector = "industry", province = "p", productionUnit = "t" })
            .ExpectAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        foreach (var month in new[] { "2024-01", "2024-02" })
            await admin.PutAsJsonAsync($"/api/facilities/{id}/consumption/{month}", new
            {
                entries = new[] { new { carrier = "electricity", quantity = 100_000.0, unit = "kWh" } },
                production = new { quantity = 120.0, unit = "t" },
            }).ExpectAsync(HttpStatusCode.Created);
        var body = JsonContent.Create(new { code = "MSG-UNIT", name = "Gạch", sector = "industry", province = "p", productionUnit = "m2" });
        var (en, enBody) = await SendAsync(admin, HttpMethod.Put, $"/api/facilities/{id}", body, Lang.None);
        var (vi, viBody) = await SendAsync(admin, HttpMethod.Put, $"/api/facilities/{id}",
            JsonContent.Create(new { code = "MSG-UNIT", name = "Gạch", sector = "industry", province = "p", productionUnit = "m2" }), Lang.Header);
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        Assert.Equal(["""productionUnit: facility.production-unit.months-reported{"months":2,"unit":"t","newUnit":"m2"}"""], Codes(enBody));
        Assert.Equal(Codes(enBody), Codes(viBody));
        Assert.StartsWith("2 reported month(s) have production in 't': changing the unit to 'm2' would relabel their SEC.", Error(enBody, "productionUnit"));
        Assert.StartsWith("2 tháng đã báo cáo có sản lượng tính theo 't': đổi đơn vị thành 'm2'", Error(viBody, "productionUnit"));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM facility_changes WHERE facility_id = @p0", id));
    }
}
