using System.Globalization;
using System.Net;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Reports;

/// <summary>
/// The center's Word report names every carrier, sector, kind and status in Vietnamese from the one catalogue
/// the pages use (texts "carrier:code"…): a facility burning biomass reads "Sinh khối…" in the document, never "biomass".
/// </summary>
public sealed class CenterReportNamesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Year = 2022;

    [Fact]
    public async Task The_word_report_names_the_carriers_in_Vietnamese_from_the_catalogue()
    {
        var admin = await api.AdminAsync();
        await api.CreateFacilityAsync("CRN-BIO");
        // 12 × 418.68 GJ of biomass = 120 TOE; 12 × 100,000 kWh of electricity = 185.16 TOE.
        var csv = new StringBuilder("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n");
        for (var m = 1; m <= 12; m++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"CRN-BIO,{Year}-{m:D2},biomass,418.68,GJ,50,t\n");
            csv.Append(CultureInfo.InvariantCulture, $"CRN-BIO,{Year}-{m:D2},electricity,100000,kWh,50,t\n");
        }
        await admin.PostAsync("/api/consumption/imports", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);

        // The request's language is English: the document stays Vietnamese.
        var analyst = await api.AsAsync("analyst");
        var docx = await analyst.GetAsync($"/api/reports/center-annual?year={Year}&format=docx&lang=en");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var doc = ReadBack.Of(await docx.Content.ReadAsByteArrayAsync());

        Assert.Contains(doc.FirstColumnAndRows, row => row.SequenceEqual(["Sinh khối (củi, trấu, khác)", "120,0", "39,3 %"]));
        Assert.Contains(doc.FirstColumnAndRows, row => row.SequenceEqual(["Điện", "185,2", "60,7 %"]));
        Assert.Contains(doc.FirstColumnAndRows, row => row.SequenceEqual(["Công nghiệp", "305,2", "100,0 %"]));
        Assert.DoesNotContain("biomass", doc.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("electricity", doc.Text, StringComparison.OrdinalIgnoreCase);
    }
}
