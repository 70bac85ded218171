using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;
using static EnergySaving.IntegrationTests.ReportingYear.ReportingData;

namespace EnergySaving.IntegrationTests.ReportingYear;

public sealed class SpreadsheetImportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Dictionary<string, object?> SheetRow(string code, string month, string carrier, object quantity, string unit, object? production, string? productionUnit) =>
        new()
        {
            ["facility_code"] = code, ["month"] = month, ["carrier"] = carrier, ["quantity"] = quantity, ["unit"] = unit,
            ["production_quantity"] = production, ["production_unit"] = productionUnit,
        };

    private static Task<HttpResponseMessage> PostXlsx(HttpClient client, byte[] workbook)
    {
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        return client.PostAsync("/api/consumption/imports", content);
    }

    private async Task<string> MonthsAsync(int id)
    {
        await using var conn = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("""
            SELECT string_agg(to_char(month, 'YYYY-MM') || ' ' || array_to_string(carriers, '/') || ' ' || array_to_string(quantities, '/') || ' '
                              || array_to_string(units, '/') || ' ' || total_toe || ' ' || coalesce(production_quantity::text, '-'), '; ' ORDER BY month)
            FROM consumption_months WHERE facility_id = @id
            """, conn);
        cmd.Parameters.AddWithValue("id", id);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task An_xlsx_import_writes_what_the_csv_import_of_the_same_rows_writes()
    {
        var (csvId, csvCode) = await FacilityAsync(api);
        var (xlsxId, xlsxCode) = await FacilityAsync(api);
        var admin = await api.AdminAsync();
        Row[] rows =
        [
            new("2025-01", "electricity", 120_000.5, "kWh", 42), new("2025-01", "diesel", 1_000, "L", 42),
            new("2025-02", "electricity", 98_000, "kWh", 40), new("2025-02", "coal-fines-3-4", 2.5, "t", 40),
        ];
        var csv = await ImportAsync(admin, csvCode, rows);
        var workbook = Xlsx.Write(rows.Select(r => SheetRow(xlsxCode, r.Month, r.Carrier, r.Quantity, r.Unit, r.Production, r.ProductionUnit)));
        var xlsx = await PostXlsx(admin, workbook).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(csv.GetProperty("rows").GetInt32(), xlsx.GetProperty("rows").GetInt32());
        Assert.Equal(csv.GetProperty("monthsWritten").GetInt32(), xlsx.GetProperty("monthsWritten").GetInt32());
        Assert.Equal(await MonthsAsync(csvId), await MonthsAsync(xlsxId));
        Assert.Contains("2025-01 diesel/electricity 1000/120000.5 L/kWh", await MonthsAsync(xlsxId));
    }

    [Fact]
    public async Task A_bad_xlsx_row_is_reported_by_its_sheet_row_and_nothing_is_written()
    {
        var (id, code) = await FacilityAsync(api);
        var admin = await api.AdminAsync();
        var workbook = Xlsx.Write([
            SheetRow(code, "2025-01", "electricity", 1000d, "kWh", null, null),
            SheetRow(code, "2025-02", "unobtainium", 1000d, "kWh", null, null),
            SheetRow(code, "2025-03", "electricity", "12,5", "kWh", null, null),
        ]);
        var problem = await PostXlsx(admin, workbook).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "carrier"), (4, "quantity")], errors);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", id));

        var notAWorkbook = await PostXlsx(admin, "facility_code,month\n"u8.ToArray()).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(1, notAWorkbook.GetProperty("errors")[0].GetProperty("row").GetInt32());
    }

    [Fact]
    public async Task The_template_has_a_row_per_month_and_carrier_of_the_year_before_and_imports_once_filled()
    {
        var (id, code) = await FacilityAsync(api);
        var admin = await api.AdminAsync();
        await ImportAsync(admin, code, [new Row("2024-05", "electricity", 1000, "kWh", 10), new Row("2024-06", "diesel", 100, "L", 10)]);
        var response = await admin.GetAsync($"/api/consumption/imports/template.xlsx?facilityId={id}&year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        var rows = Xlsx.Rows(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("facility_code|month|carrier|quantity|unit|production_quantity|production_unit", string.Join("|", rows[0]));
        Assert.Equal(25, rows.Count);
        Assert.Equal($"{code}|2025-01|diesel||L||t", string.Join("|", rows[1]));
        Assert.Equal($"{code}|2025-12|electricity||kWh||t", string.Join("|", rows[24]));

        // Filled in, it imports.
        var filled = rows.Skip(1).Select(r => SheetRow(r[0]!, r[1]!, r[2]!, 10d, r[4]!, 5d, r[6]));
        var import = await PostXlsx(admin, Xlsx.Write(filled)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(12, import.GetProperty("monthsWritten").GetInt32());
        await admin.GetAsync("/api/consumption/imports/template.xlsx?year=2025").ExpectFieldErrorAsync("facilityId");
    }
}
