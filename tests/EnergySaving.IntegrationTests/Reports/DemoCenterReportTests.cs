using System.Net;
using System.Text.Json;
using EnergySaving.Api.Demo;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergySaving.IntegrationTests.Reports;

/// <summary>The demo data's 2023 gives the seed report's figures (DOMAIN.md, "The center's annual report").</summary>
public sealed class DemoCenterReportTests(DemoFixture api) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task The_2023_report_carries_the_seed_reports_figures_and_the_docx_shows_them()
    {
        var analyst = await api.AsAsync("analyst");
        var r = await analyst.GetAsync("/api/reports/center-annual?year=2023").ExpectAsync(HttpStatusCode.OK);

        JsonElement Line(string kind, string topic) =>
            r.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == kind && e.GetProperty("topic").GetString() == topic);
        var cleaner = Line("conference", "cleaner-production");
        Assert.Equal(5, cleaner.GetProperty("count").GetInt32());
        Assert.True(cleaner.GetProperty("participants").GetInt32() > 600);
        Assert.Equal(2, Line("training", "electrical-safety").GetProperty("count").GetInt32());
        Assert.Equal(2, Line("conference", "energy-efficiency").GetProperty("count").GetInt32());

        var training = r.GetProperty("training");
        Assert.Equal((2, 45, 39), (training.GetProperty("courses").GetInt32(), training.GetProperty("participants").GetInt32(), training.GetProperty("facilities").GetInt32()));

        var support = r.GetProperty("support");
        Assert.Equal(9, support.GetProperty("projects").GetInt32());
        var national = support.GetProperty("byFundingSource").EnumerateArray().Single(f => f.GetProperty("fundingSource").GetString() == "national");
        Assert.Equal(8, national.GetProperty("projects").GetInt32());
        var equipment = support.GetProperty("byKind").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "equipment");
        Assert.Equal(8, equipment.GetProperty("projects").GetInt32());
        var local = support.GetProperty("byFundingSource").EnumerateArray().Single(f => f.GetProperty("fundingSource").GetString() == "local");
        Assert.Equal(1, local.GetProperty("projects").GetInt32());
        // The supported facilities use 3–8 % less energy per unit from 2024 in the demo data: savings verified on their data.
        Assert.True(support.GetProperty("verifiedSavedToe").GetDouble() > 0, r.ToString());

        var docx = await (await analyst.GetAsync("/api/reports/center-annual?year=2023&format=docx")).Content.ReadAsByteArrayAsync();
        var doc = ReadBack.Of(docx);
        Assert.Contains("2. Đào tạo người quản lý năng lượng", doc.Headings);
        Assert.Contains("3. Hỗ trợ các dự án khuyến công và tiết kiệm năng lượng", doc.Headings);
        Assert.Contains("Tổ chức 2 khoá đào tạo cho 45 học viên là cán bộ của 39 cơ sở", doc.Text);
        Assert.Contains(doc.FirstColumnAndRows, row => row.SequenceEqual(["Khuyến công quốc gia", "8", "2.230.000.000"]));
        Assert.Equal(3, doc.Images); // training, verified savings, consumption by sector
        await ReadBack.RenderFirstPageAsync(docx, Path.GetDirectoryName(DemoFixture.SeedDataPath)!, "center-annual-report-2023");
    }

    [Fact]
    public async Task The_2024_demo_project_shows_its_savings_in_the_facilitys_data_and_loading_again_adds_nothing()
    {
        var analyst = await api.AsAsync("analyst");
        var projects = await analyst.GetAsync("/api/support-projects?year=2024&status=implemented").ExpectAsync(HttpStatusCode.OK);
        var project = projects.EnumerateArray().Single(p => p.GetProperty("facilityCode").GetString() == "TB-0031");
        var s = await analyst.GetAsync($"/api/support-projects/{project.GetProperty("id").GetInt32()}/savings").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("verified", s.GetProperty("status").GetString());
        Assert.Equal(("2023-01", "2023-12"), (s.GetProperty("baselinePeriod").GetProperty("from").GetString(), s.GetProperty("baselinePeriod").GetProperty("to").GetString()));
        Assert.Equal(11, s.GetProperty("months").GetArrayLength()); // 2024-02 … 2024-12
        Assert.InRange(s.GetProperty("savedFraction").GetDouble(), 0.03, 0.12);

        var before = (await api.CountAsync("SELECT count(*) FROM support_projects"), await api.CountAsync("SELECT count(*) FROM programme_events"));
        Assert.Equal((11L, 11L), before);
        await api.Services.LoadDemoDataAsync(api.Services.GetRequiredService<IHostEnvironment>(), NullLogger.Instance);
        Assert.Equal(before, (await api.CountAsync("SELECT count(*) FROM support_projects"), await api.CountAsync("SELECT count(*) FROM programme_events")));
    }
}
