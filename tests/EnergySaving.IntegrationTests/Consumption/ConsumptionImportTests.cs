using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Consumption;

public sealed class ConsumptionImportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Header = "facility_code,month,carrier,quantity,unit,production_quantity,production_unit";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private async Task<(string A, string B)> TwoFacilitiesAsync()
    {
        var a = $"IMP-{Guid.NewGuid():N}"[..12];
        var b = $"IMP-{Guid.NewGuid():N}"[..12];
        await api.CreateFacilityAsync(a, productionUnit: "t");
        await api.CreateFacilityAsync(b, productionUnit: "m³");
        return (a, b);
    }

    private Task<long> WrittenRows() =>
        api.CountAsync("SELECT (SELECT count(*) FROM consumption_months) + (SELECT count(*) FROM consumption_revisions)");

    [Fact]
    public async Task A_valid_file_writes_every_month_as_a_revision_in_one_go()
    {
        var (a, b) = await TwoFacilitiesAsync();
        var csv = new StringBuilder(Header + "\n");
        for (var m = 1; m <= 12; m++)
        {
            csv.Append($"{a},2023-{m:00},electricity,100000,kWh,50,t\n");
            csv.Append($"{a},2023-{m:00},diesel,1000,L,50,t\n");
            csv.Append($"{b},2023-{m:00},natural-gas,\"20000\",m3,,\n");
        }
        var analyst = await api.AsAsync("analyst");
        var summary = await analyst.PostAsync("/api/consumption/imports", Csv(csv.ToString())).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(36, summary.GetProperty("rows").GetInt32());
        Assert.Equal(24, summary.GetProperty("monthsWritten").GetInt32());
        Assert.Equal(2, summary.GetProperty("facilities").GetInt32());

        var annual = await analyst.GetAsync($"/api/facilities/{await IdOf(a)}/annual/2023").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(12 * (15.43 + 0.88), annual.GetProperty("totalToe").GetDouble(), 6);
        Assert.Equal(12 * (15.43 + 0.88) / 600, annual.GetProperty("sec").GetProperty("value").GetDouble(), 9);
        var gas = await analyst.GetAsync($"/api/facilities/{await IdOf(b)}/annual/2023").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(12 * 18.0, gas.GetProperty("totalToe").GetDouble(), 6);

        // The same file again changes nothing; one changed row makes one new revision.
        var again = await analyst.PostAsync("/api/consumption/imports", Csv(csv.ToString())).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("monthsWritten").GetInt32());
        var changed = csv.ToString().Replace($"{a},2023-05,diesel,1000,L", $"{a},2023-05,diesel,2000,L");
        var third = await analyst.PostAsync("/api/consumption/imports", Csv(changed)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, third.GetProperty("monthsWritten").GetInt32());
        var revisions = await analyst.GetAsync($"/api/facilities/{await IdOf(a)}/consumption/2023-05/revisions").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, revisions.GetArrayLength());
    }

    [Fact]
    public async Task Rows_of_a_month_scattered_through_the_file_are_joined_into_one_month()
    {
        var (a, _) = await TwoFacilitiesAsync();
        var csv = new StringBuilder(Header + "\n");
        foreach (var carrier in new[] { "electricity,100000,kWh", "diesel,1000,L", "coal-fines-3-4,10,t" })
            for (var m = 1; m <= 3; m++)
                csv.Append($"{a},2022-{m:00},{carrier},,\n");
        var admin = await api.AdminAsync();
        var summary = await admin.PostAsync("/api/consumption/imports", Csv(csv.ToString())).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, summary.GetProperty("monthsWritten").GetInt32());
        var months = await admin.GetAsync($"/api/facilities/{await IdOf(a)}/consumption?from=2022-01&to=2022-03").ExpectAsync(HttpStatusCode.OK);
        foreach (var month in months.GetProperty("months").EnumerateArray())
        {
            Assert.Equal(1, month.GetProperty("revision").GetInt32());
            Assert.Equal(["coal-fines-3-4", "diesel", "electricity"], month.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("carrier").GetString()));
            Assert.Equal(15.43 + 0.88 + 6.0, month.GetProperty("totalToe").GetDouble(), 9);
        }
        // The same rows in another order are the same content: nothing new is written.
        var sorted = string.Join('\n', csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Order().Prepend(Header));
        var again = await admin.PostAsync("/api/consumption/imports", Csv(sorted)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("monthsWritten").GetInt32());
    }

    [Fact]
    public async Task A_file_mixing_new_changed_unchanged_and_scattered_months_writes_each_as_its_kind()
    {
        // The import merges set-based (new months inserted, changed ones revised, unchanged ones left):
        // one file exercising every kind at once, with a month already written by a PUT that carries a
        // declared factor next to an entry without one, and quantities that must come back bit for bit.
        var (a, b) = await TwoFacilitiesAsync();
        var admin = await api.AdminAsync();
        var idA = await IdOf(a);
        await admin.PutAsJsonAsync($"/api/facilities/{idA}/consumption/2021-03", new
        {
            entries = new object[]
            {
                new { carrier = "coke", quantity = 2.0, unit = "t", declaredToe = 0.72 },
                new { carrier = "electricity", quantity = 1000.0, unit = "kWh" },
            },
        }).ExpectAsync(HttpStatusCode.Created);
        var first = $"{Header}\n{a},2021-01,electricity,1000,kWh,10,t\n{a},2021-02,electricity,2000,kWh,10,t\n";
        await admin.PostAsync("/api/consumption/imports", Csv(first)).ExpectAsync(HttpStatusCode.OK);

        const double odd = 1234.5678901234567;
        var mixed = $"""
            {Header}
            {a},2021-01,electricity,1000,kWh,10,t
            {a},2021-02,electricity,{odd.ToString("R", System.Globalization.CultureInfo.InvariantCulture)},kWh,10,t
            {b},2021-01,natural-gas,300,m3,5,m3
            {a},2021-04,electricity,0.1,kWh,,
            {b},2021-02,natural-gas,400,m³,7,m³
            {a},2021-04,diesel,3,L,,
            """;
        var summary = await admin.PostAsync("/api/consumption/imports", Csv(mixed)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(4, summary.GetProperty("monthsWritten").GetInt32()); // 2021-02 revised; b's two and a's 2021-04 new; 2021-01 unchanged

        var months = await admin.GetAsync($"/api/facilities/{idA}/consumption?from=2021-01&to=2021-04").ExpectAsync(HttpStatusCode.OK);
        var byMonth = months.GetProperty("months").EnumerateArray().ToDictionary(m => m.GetProperty("month").GetString()!);
        Assert.Equal(1, byMonth["2021-01"].GetProperty("revision").GetInt32());
        Assert.Equal(2, byMonth["2021-02"].GetProperty("revision").GetInt32());
        // Stored bit for bit (the JSON answer shows 15 significant digits, so ask the database).
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM consumption_months WHERE facility_id = @p0 AND month = '2021-02-01' AND quantities = ARRAY[@p1::float8]", idA, odd));
        var put = byMonth["2021-03"].GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["coke", "electricity"], put.Select(e => e.GetProperty("carrier").GetString()));
        Assert.Equal(0.72, put[0].GetProperty("factor").GetProperty("declaredToe").GetDouble());
        Assert.False(put[1].GetProperty("factor").TryGetProperty("declaredToe", out _)); // null, left out of the answer
        var april = byMonth["2021-04"];
        Assert.Equal(1, april.GetProperty("revision").GetInt32());
        Assert.Equal(["diesel", "electricity"], april.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("carrier").GetString()));
        Assert.Equal(0.1, april.GetProperty("entries")[1].GetProperty("quantity").GetDouble());
        Assert.False(april.TryGetProperty("production", out _));

        var gas = await admin.GetAsync($"/api/facilities/{await IdOf(b)}/consumption?from=2021-01&to=2021-02").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["m³", "m³"], gas.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("production").GetProperty("unit").GetString()));
        var history = await admin.GetAsync($"/api/facilities/{idA}/consumption/2021-02/revisions").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([1, 2], history.EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()).Order());
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM consumption_revisions WHERE facility_id = @p0 AND month = '2021-02-01' AND revision = 1 AND quantities = '{2000}'", idA));
    }

    [Fact]
    public async Task One_bad_row_among_many_writes_nothing_and_names_the_row_and_column()
    {
        var (a, _) = await TwoFacilitiesAsync();
        var csv = new StringBuilder(Header + "\n");
        for (var i = 0; i < 500; i++) csv.Append($"{a},20{10 + i / 12 % 14}-{i % 12 + 1:00},electricity,{1000 + i},kWh,,\n");
        var lines = csv.ToString().Split('\n').ToList();
        lines[301] = $"{a},2020-06,electricity,12O0,kWh,,"; // a letter O: row 302 counting the header as row 1
        var before = await WrittenRows();

        var admin = await api.AdminAsync();
        var problem = await admin.PostAsync("/api/consumption/imports", Csv(string.Join('\n', lines))).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 302 && e.GetProperty("column").GetString() == "quantity");
        Assert.Equal(before, await WrittenRows());
    }

    [Fact]
    public async Task Every_kind_of_bad_row_is_listed_at_once()
    {
        var (a, b) = await TwoFacilitiesAsync();
        var csv = string.Join('\n',
            Header,
            $"{a},2024-01,electricity,1000,kWh,10,t",          // 2 ok
            $"NOPE,2024-01,electricity,1000,kWh,,",             // 3 unknown facility
            $"{a},2024-13,electricity,1000,kWh,,",              // 4 bad month
            $"{a},2099-01,electricity,1000,kWh,,",              // 5 future month
            $"{a},2024-02,coal,1,t,,",                          // 6 unknown carrier
            $"{a},2024-02,electricity,1,t,,",                   // 7 unit outside dimension
            $"{a},2024-02,diesel,-1,L,,",                       // 8 negative
            $"{a},2024-03,electricity,1000,kWh,10,hl",          // 9 wrong production unit
            $"{a},2024-04,electricity,1000,kWh,,",              // 10 first of a carrier ...
            $"{a},2024-04,electricity,2000,kWh,,",              // 11 ... reported twice
            $"{b},2024-05,electricity,1000,kWh,10,m³",          // 12 production 10 ...
            $"{b},2024-05,diesel,1000,L,11,m³",                 // 13 ... and 11 in the same month
            "");
        var before = await WrittenRows();
        var admin = await api.AdminAsync();
        var response = await admin.PostAsync("/api/consumption/imports", Csv(csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToHashSet();
        Assert.Contains((3, "facility_code"), errors);
        Assert.Contains((4, "month"), errors);
        Assert.Contains((5, "month"), errors);
        Assert.Contains((6, "carrier"), errors);
        Assert.Contains((7, "unit"), errors);
        Assert.Contains((8, "quantity"), errors);
        Assert.Contains((9, "production_unit"), errors);
        Assert.Contains((11, "carrier"), errors);
        Assert.Contains((13, "production_quantity"), errors);
        Assert.DoesNotContain(errors, e => e.Item1 is 2 or 10 or 12);
        var messages = problem.GetProperty("errors").EnumerateArray().ToDictionary(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()), e => e.GetProperty("message").GetString());
        Assert.Contains("row 10", messages[(11, "carrier")]);
        Assert.Contains("row 12", messages[(13, "production_quantity")]);
        Assert.Equal(before, await WrittenRows());
    }

    [Theory]
    [InlineData("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\nA,2024-01\n")]
    [InlineData("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\nA,2024-01,electricity,1,kWh,,,extra,columns\n")]
    [InlineData("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n\"A,2024-01,electricity,1,kWh,,\n")]
    [InlineData("facility_code,facility_code,month,carrier,quantity,unit,production_quantity,production_unit\nA,A,2024-01,electricity,1,kWh,,\n")]
    [InlineData("\u00ff\u00fe\u0000f\u0000a")]
    [InlineData("")]
    [InlineData("facility_code,month\nA,2024-01\n")]
    [InlineData("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n")]
    public async Task Missing_header_columns_or_rows_are_400(string csv)
    {
        var admin = await api.AdminAsync();
        var problem = await admin.PostAsync("/api/consumption/imports", Csv(csv)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Only_center_staff_import_and_only_csv()
    {
        var id = await api.CreateFacilityAsync();
        var body = $"{Header}\nX,2024-01,electricity,1,kWh,,\n";
        var reporter = await api.AsAsync("reporter", id);
        var trainer = await api.AsAsync("trainer");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsync("/api/consumption/imports", Csv(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostAsync("/api/consumption/imports", Csv(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostAsync("/api/consumption/imports", Csv(body))).StatusCode);
        var admin = await api.AdminAsync();
        var json = await admin.PostAsync("/api/consumption/imports", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    private async Task<int> IdOf(string code) =>
        (int)await api.CountAsync("SELECT id FROM facilities WHERE code = @p0", code);
}
