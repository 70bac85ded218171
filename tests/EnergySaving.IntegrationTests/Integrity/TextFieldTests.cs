using System.Net;
using System.Text;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>
/// One text rule for every field people write (TextChecks): a one-line field refuses every control character, line
/// breaks included; a note allows line breaks (\n, \r\n) and nothing else. Refused: 400 naming the field, nothing written.
/// </summary>
public sealed class TextFieldTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] NotOneLine = ["Dòng 1\nDòng 2", "Dòng 1\r\nDòng 2", "Cột\tCột", "Chuông\u0007", "Nul\u0000"];
    private static readonly string[] NotANote = ["Cột\tCột", "Dòng 1\rDòng 2", "Chuông\u0007", "Nul\u0000", "Esc\u001b[31m"];

    // method, route, body ('@' is the text; {facility}, {bare} (no production unit), {course}, {participant}, {project}, {unique}
    // are filled in), the field named in the error, the table and column that must not receive the text.
    public static TheoryData<string, string, string, string, string> OneLineFields => new()
    {
        { "POST /api/facilities", """{"code":"T-{unique}","name":@,"sector":"industry","province":"p"}""", "name", "facilities", "name" },
        { "POST /api/facilities", """{"code":"T-{unique}","name":"n","sector":"industry","province":"p","address":@}""", "address", "facilities", "address" },
        { "POST /api/facilities", """{"code":"T-{unique}","name":"n","sector":"industry","province":"p","district":@}""", "district", "facilities", "district" },
        { "PUT /api/facilities/{facility}", """{"code":"T-{unique}","name":"n","sector":"industry","province":@,"productionUnit":"t"}""", "province", "facilities", "province" },
        { "POST /api/training/courses", """{"title":@,"kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":"O"}""", "title", "training_courses", "title" },
        { "POST /api/training/courses", """{"title":"T","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":@,"organizer":"O"}""", "location", "training_courses", "location" },
        { "POST /api/training/courses", """{"title":"T","kind":"awareness","startDate":"2025-03-03","endDate":"2025-03-03","location":"L","organizer":@}""", "organizer", "training_courses", "organizer" },
        { "POST /api/training/courses/{course}/participants", """{"fullName":@,"facilityId":{facility}}""", "fullName", "training_participants", "full_name" },
        { "POST /api/training/courses/{course}/participants", """{"fullName":"Lê Văn {unique}","facilityId":{facility},"position":@}""", "position", "training_participants", "position" },
        { "PUT /api/training/courses/{course}/participants/{participant}/outcome", """{"attended":true,"passed":true,"examScore":8,"certificateNumber":@,"certificateIssuedOn":"2025-06-27"}""", "certificateNumber", "training_participants", "certificate_number" },
        { "POST /api/programme/events", """{"kind":"workshop","topic":"other","title":@,"date":"2025-04-01","participants":10}""", "title", "programme_events", "title" },
        { "POST /api/programme/events", """{"kind":"workshop","topic":"other","title":"T","date":"2025-04-01","participants":10,"commune":@}""", "commune", "programme_events", "commune" },
        { "POST /api/support-projects", """{"facilityId":{facility},"year":2025,"kind":"equipment","fundingSource":"national","title":@,"totalCostVnd":100,"supportVnd":10}""", "title", "support_projects", "title" },
        { "PUT /api/facilities/{bare}/consumption/2024-02", """{"entries":[{"carrier":"electricity","quantity":1000,"unit":"kWh"}],"production":{"quantity":5,"unit":@}}""", "production.unit", "consumption_months", "production_unit" },
    };

    public static TheoryData<string, string, string, string, string> Notes => new()
    {
        { "PUT /api/facilities/{facility}/consumption/2024-03", """{"entries":[{"carrier":"electricity","quantity":1000,"unit":"kWh"}],"note":@}""", "note", "consumption_months", "note" },
        { "POST /api/support-projects", """{"facilityId":{facility},"year":2025,"kind":"equipment","fundingSource":"national","title":"T","description":@,"totalCostVnd":100,"supportVnd":10}""", "description", "support_projects", "description" },
        { "POST /api/support-projects/{project}/status", """{"status":"approved","on":"2025-03-01","note":@}""", "note", "support_project_history", "note" },
    };

    [Theory]
    [MemberData(nameof(OneLineFields))]
    public async Task A_one_line_field_refuses_line_breaks_and_every_control_character(string route, string body, string field, string table, string column)
    {
        var (client, method, url, template) = await PrepareAsync(route, body);
        foreach (var bad in NotOneLine)
        {
            await SendAsync(client, method, url, template, bad).ExpectFieldErrorAsync(field);
        }

        Assert.Equal(0, await api.CountAsync($"SELECT count(*) FROM {table} WHERE {column} ~ '[[:cntrl:]]'"));
        var ok = await SendAsync(client, method, url, template, "Thái Bình");
        Assert.True(ok.IsSuccessStatusCode, $"{route}: {(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public async Task A_note_keeps_its_line_breaks_and_refuses_other_control_characters(string route, string body, string field, string table, string column)
    {
        var (client, method, url, template) = await PrepareAsync(route, body);
        var before = await api.CountAsync($"SELECT count(*) FROM {table}");
        foreach (var bad in NotANote)
        {
            await SendAsync(client, method, url, template, bad).ExpectFieldErrorAsync(field);
        }

        Assert.Equal(before, await api.CountAsync($"SELECT count(*) FROM {table}"));
        Assert.Equal(0, await api.CountAsync($"SELECT count(*) FROM {table} WHERE {column} ~ '[[:cntrl:]]'"));
        const string lines = "Dòng 1\r\nDòng 2\nDòng 3";
        var ok = await SendAsync(client, method, url, template, lines);
        Assert.True(ok.IsSuccessStatusCode, $"{route}: {(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync()}");
        Assert.Equal(1, await api.CountAsync($"SELECT count(*) FROM {table} WHERE {column} = @p0", lines));
    }

    [Fact]
    public async Task The_import_refuses_a_production_unit_with_a_control_character_and_writes_nothing()
    {
        var admin = await api.AdminAsync();
        var id = await api.CreateFacilityAsync(productionUnit: null);
        var code = (await admin.GetAsync($"/api/facilities/{id}").ExpectAsync(HttpStatusCode.OK)).GetProperty("code").GetString();
        var csv = $"facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n{code},2024-02,electricity,1000,kWh,5,t\u0007x\n";
        var response = await admin.PostAsync("/api/consumption/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 2 && e.GetProperty("column").GetString() == "production_unit"
            && e.GetProperty("message").GetString()!.Contains("control characters", StringComparison.Ordinal));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", id));
    }

    private async Task<(HttpClient Client, HttpMethod Method, string Url, string Body)> PrepareAsync(string route, string body)
    {
        var admin = await api.AdminAsync();
        var text = route + " " + body;
        var facility = await api.CreateFacilityAsync();
        text = text.Replace("{facility}", facility.ToString());
        if (text.Contains("{bare}")) text = text.Replace("{bare}", (await api.CreateFacilityAsync(productionUnit: null)).ToString());
        if (text.Contains("{course}"))
        {
            var course = await admin.CreateCourseAsync();
            text = text.Replace("{course}", course.ToString());
            if (text.Contains("{participant}")) text = text.Replace("{participant}", (await admin.EnrollAsync(course, "Trần Thị Hoa", facility)).ToString());
        }

        if (text.Contains("{project}"))
        {
            var created = await admin.PostAsync("/api/support-projects", Json($$"""{"facilityId":{{facility}},"year":2025,"kind":"equipment","fundingSource":"national","title":"T","totalCostVnd":100,"supportVnd":10}"""))
                .ExpectAsync(HttpStatusCode.Created);
            text = text.Replace("{project}", created.GetProperty("id").GetInt32().ToString());
        }

        text = text.Replace("{unique}", Guid.NewGuid().ToString("N")[..12]);
        var space = text.IndexOf(' ');
        var space2 = text.IndexOf(' ', space + 1);
        return (admin, new HttpMethod(text[..space]), text[(space + 1)..space2], text[(space2 + 1)..]);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string template, string value) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = Json(template.Replace("@", JsonSerializer.Serialize(value))) });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
