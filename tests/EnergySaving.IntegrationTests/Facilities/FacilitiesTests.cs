using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Facilities;

public sealed class FacilitiesTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    /// <summary>The station the bodies name must exist: a facility's weatherStation naming no station is refused.</summary>
    public async Task InitializeAsync()
    {
        var admin = await api.AdminAsync();
        var response = await admin.PutAsJsonAsync("/api/weather-stations/TB-THAIBINH", new { name = "Thái Bình", province = "Thái Bình" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Body(string code, string sector = "industry", string name = "Gốm sứ Hồng Phát") => new
    {
        code, name, sector, industry = "ceramics", productionUnit = "t", province = "Thái Bình", district = "Kiến Xương",
        commune = "Vũ Quý", address = "Cụm công nghiệp Vũ Quý", taxCode = "1000000001", weatherStation = "TB-THAIBINH",
    };

    [Theory]
    [InlineData("admin")]
    [InlineData("analyst")]
    public async Task Center_staff_create_read_and_update(string role)
    {
        var client = role == "admin" ? await api.AdminAsync() : await api.AsAsync(role);
        var code = $"C-{role}-1";
        var created = await client.PostAsJsonAsync("/api/facilities", Body(code)).ExpectAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Gốm sứ Hồng Phát", created.GetProperty("name").GetString());
        Assert.Equal("industry", created.GetProperty("sector").GetString());

        var read = await client.GetAsync($"/api/facilities/{id}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(code, read.GetProperty("code").GetString());

        var updated = await client.PutAsJsonAsync($"/api/facilities/{id}", Body(code, "building", "Bệnh viện demo")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("building", updated.GetProperty("sector").GetString());
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM facilities WHERE id = @p0 AND sector = 'Building' AND name = 'Bệnh viện demo'", id));
    }

    [Theory]
    [InlineData("trainer")]
    [InlineData("reporter")]
    public async Task Trainers_and_reporters_cannot_create_or_update(string role)
    {
        var existing = await api.CreateFacilityAsync();
        var client = await api.AsAsync(role, role == "reporter" ? [existing] : []);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/facilities", Body($"X-{role}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/facilities/{existing}", Body($"X-{role}"))).StatusCode);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM facilities WHERE code = @p0", $"X-{role}"));
    }

    [Fact]
    public async Task Anonymous_gets_401_on_every_facility_route()
    {
        var anon = api.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/facilities")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/facilities/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsJsonAsync("/api/facilities", Body("ANON"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PutAsJsonAsync("/api/facilities/1", Body("ANON"))).StatusCode);
    }

    [Fact]
    public async Task Trainer_reads_every_facility()
    {
        var id = await api.CreateFacilityAsync();
        var trainer = await api.AsAsync("trainer");
        await trainer.GetAsync($"/api/facilities/{id}").ExpectAsync(HttpStatusCode.OK);
        var page = await trainer.GetAsync("/api/facilities?pageSize=500").ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(page.GetProperty("items").EnumerateArray(), f => f.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Reporter_sees_only_own_facilities_and_gets_404_for_others()
    {
        var own = await api.CreateFacilityAsync();
        var other = await api.CreateFacilityAsync();
        var reporter = await api.AsAsync("reporter", own);

        await reporter.GetAsync($"/api/facilities/{own}").ExpectAsync(HttpStatusCode.OK);
        var refused = await reporter.GetAsync($"/api/facilities/{other}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("Facility F-", await refused.Content.ReadAsStringAsync());

        var list = await reporter.GetAsync("/api/facilities").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([own], list.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Duplicate_code_is_409_and_changes_nothing()
    {
        var admin = await api.AdminAsync();
        await admin.PostAsJsonAsync("/api/facilities", Body("DUP-1")).ExpectAsync(HttpStatusCode.Created);
        var before = await api.CountAsync("SELECT count(*) FROM facilities");
        var conflict = await admin.PostAsJsonAsync("/api/facilities", Body("DUP-1", name: "Another")).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("DUP-1", conflict.GetProperty("detail").GetString());
        Assert.Equal(before, await api.CountAsync("SELECT count(*) FROM facilities"));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM facilities WHERE name = 'Another'"));

        var second = await admin.PostAsJsonAsync("/api/facilities", Body("DUP-2")).ExpectAsync(HttpStatusCode.Created);
        await admin.PutAsJsonAsync($"/api/facilities/{second.GetProperty("id").GetInt32()}", Body("DUP-1")).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM facilities WHERE code = 'DUP-2'"));
    }

    [Theory]
    [InlineData("code", """{"name":"n","sector":"industry","province":"p"}""")]
    [InlineData("code", """{"code":"has space","name":"n","sector":"industry","province":"p"}""")]
    [InlineData("name", """{"code":"V-1","sector":"industry","province":"p"}""")]
    [InlineData("province", """{"code":"V-1","name":"n","sector":"industry"}""")]
    [InlineData("sector", """{"code":"V-1","name":"n","sector":"mining","province":"p"}""")]
    [InlineData("sector", """{"code":"V-1","name":"n","province":"p"}""")]
    [InlineData("code", """{"code":123,"name":"n","sector":"industry","province":"p"}""")]
    [InlineData("name", """{"code":"V-1","name":["a"],"sector":"industry","province":"p"}""")]
    [InlineData("name", """{"code":"V-1","name":"a\u0000b","sector":"industry","province":"p"}""")]
    [InlineData("address", """{"code":"V-1","name":"n","sector":"industry","province":"p","address":"x\u0007"}""")]
    public async Task Invalid_bodies_get_400_naming_the_field_and_write_nothing(string field, string json)
    {
        var admin = await api.AdminAsync();
        var before = await api.CountAsync("SELECT count(*) FROM facilities");
        await admin.PostAsync("/api/facilities", new StringContent(json, Encoding.UTF8, "application/json")).ExpectFieldErrorAsync(field);
        Assert.Equal(before, await api.CountAsync("SELECT count(*) FROM facilities"));
    }

    [Theory]
    [InlineData("{\"code\": \"A\",")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    [InlineData("null")]
    public async Task Malformed_json_is_400_problem(string json)
    {
        var admin = await api.AdminAsync();
        var response = await admin.PostAsync("/api/facilities", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Wrong_content_type_is_415_and_huge_body_is_413()
    {
        var admin = await api.AdminAsync();
        var text = await admin.PostAsync("/api/facilities", new StringContent("code=A", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);

        var huge = "{\"code\":\"H-1\",\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\",\"sector\":\"industry\",\"province\":\"p\"}";
        var tooLarge = await admin.PostAsync("/api/facilities", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM facilities WHERE code = 'H-1'"));
    }

    [Fact]
    public async Task List_filters_pages_and_searches()
    {
        var admin = await api.AdminAsync();
        for (var i = 0; i < 5; i++)
            await admin.PostAsJsonAsync("/api/facilities", new { code = $"PG-{i}", name = $"Dệt may {i}", sector = i < 3 ? "industry" : "building", province = "Hưng Yên", district = "Tiền Hải" })
                .ExpectAsync(HttpStatusCode.Created);

        var page = await admin.GetAsync("/api/facilities?province=H%C6%B0ng%20Y%C3%AAn&pageSize=2&page=2").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(["PG-2", "PG-3"], page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("code").GetString()));

        var buildings = await admin.GetAsync("/api/facilities?province=H%C6%B0ng%20Y%C3%AAn&sector=building").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, buildings.GetProperty("total").GetInt32());

        var search = await admin.GetAsync("/api/facilities?search=d%E1%BB%87t%20may%204").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PG-4", search.GetProperty("items")[0].GetProperty("code").GetString());

        await admin.GetAsync("/api/facilities?pageSize=0").ExpectFieldErrorAsync("pageSize");
        await admin.GetAsync("/api/facilities?sector=mining").ExpectFieldErrorAsync("sector");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/facilities?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Unknown_facility_is_404()
    {
        var admin = await api.AdminAsync();
        await admin.GetAsync("/api/facilities/987654").ExpectAsync(HttpStatusCode.NotFound);
        await admin.PutAsJsonAsync("/api/facilities/987654", Body("NF-1")).ExpectAsync(HttpStatusCode.NotFound);
    }
}
