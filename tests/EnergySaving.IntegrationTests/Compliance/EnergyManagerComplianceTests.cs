using System.Net;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;

namespace EnergySaving.IntegrationTests.Compliance;

public sealed class EnergyManagerComplianceTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>12 equal months of electricity: 1,000,000 kWh a month is 154.3 TOE.</summary>
    private static string Year(string code, int year, double kwhPerMonth, int months = 12) =>
        string.Concat(Enumerable.Range(1, months).Select(m => $"{code},{year}-{m:00},electricity,{kwhPerMonth},kWh,,\n"));

    [Fact]
    public async Task Key_facilities_without_a_valid_certificate_are_listed()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string Code(string name) => $"{name}-{suffix}";
        var certified = await api.CreateFacilityAsync(Code("CERT"));                       // 12 × 648,088 kWh ≈ 1,200 TOE: key, certified
        var expired = await api.CreateFacilityAsync(Code("HOSP"), sector: "building", industry: null, productionUnit: null); // ≈ 600 TOE building: key
        var small = await api.CreateFacilityAsync(Code("SMALL"));                         // ≈ 900 TOE: not key
        var gap = await api.CreateFacilityAsync(Code("GAP"));                             // 11 months, 2,000 TOE: not decided
        var uncertified = await api.CreateFacilityAsync(Code("NONE"));                    // ≈ 1,500 TOE: key, nobody trained
        var csv = "facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n"
                  + Year(Code("CERT"), 2024, 648_088) + Year(Code("HOSP"), 2024, 324_044) + Year(Code("SMALL"), 2024, 486_066)
                  + Year(Code("GAP"), 2024, 1_200_000, months: 11) + Year(Code("NONE"), 2024, 810_110);
        var admin = await api.AdminAsync();
        await admin.PostAsync("/api/consumption/imports", new StringContent(csv, Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);

        var course = await admin.CreateCourseAsync(TrainingRequests.Course(start: "2024-03-04", end: "2024-03-08"));
        var a = await admin.EnrollAsync(course, "Nguyễn Văn An", certified);
        var b = await admin.EnrollAsync(course, "Trần Thị Bình", expired);
        await admin.OutcomeAsync(course, a, TrainingRequests.Certified($"QLNL-A-{suffix}", issuedOn: "2024-03-29")).ExpectAsync(HttpStatusCode.OK);
        await admin.OutcomeAsync(course, b, TrainingRequests.Certified($"QLNL-B-{suffix}", issuedOn: "2024-03-29", validUntil: "2024-06-30")).ExpectAsync(HttpStatusCode.OK);

        var analyst = await api.AsAsync("analyst");
        var report = await analyst.GetAsync("/api/compliance/energy-managers?year=2024").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2024-12-31", report.GetProperty("on").GetString());
        var items = report.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("code").GetString()!.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        Assert.Equal([Code("HOSP"), Code("NONE")], items.Select(i => i.GetProperty("code").GetString()).Order());
        Assert.Equal(1500.0, items.Single(i => i.GetProperty("facilityId").GetInt32() == uncertified).GetProperty("annualToe").GetDouble(), 1);
        Assert.DoesNotContain(items, i => i.GetProperty("facilityId").GetInt32() is var id && (id == small || id == gap || id == certified));

        // On a date when the hospital's certificate was still valid, only the untrained facility is missing one.
        var earlier = await analyst.GetAsync("/api/compliance/energy-managers?year=2024&on=2024-05-01").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([Code("NONE")], earlier.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString())
            .Where(c => c!.EndsWith(suffix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_center_staff_see_compliance_and_the_year_is_validated()
    {
        var reporter = await api.AsAsync("reporter", await api.CreateFacilityAsync());
        var trainer = await api.AsAsync("trainer");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/api/compliance/energy-managers?year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync("/api/compliance/energy-managers?year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync("/api/compliance/energy-managers?year=2024")).StatusCode);
        var admin = await api.AdminAsync();
        await admin.GetAsync("/api/compliance/energy-managers").ExpectFieldErrorAsync("year");
        await admin.GetAsync("/api/compliance/energy-managers?year=2999").ExpectFieldErrorAsync("year");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/compliance/energy-managers?year=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/compliance/energy-managers?year=2024&on=yesterday")).StatusCode);
    }
}
