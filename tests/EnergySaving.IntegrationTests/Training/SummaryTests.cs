using System.Net;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Training;

/// <summary>Its own database, so the years 2031 and 2032 hold only what this test writes.</summary>
public sealed class SummaryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Summary_and_year_filters_match_hand_checked_figures()
    {
        var trainer = await api.AsAsync("trainer");
        var f = new int[5];
        for (var i = 0; i < f.Length; i++) f[i] = await api.CreateFacilityAsync();

        // 2031: an energy-manager course (3 people from f0, f0, f1; 2 certified, 1 passed without certificate yet)
        // and an awareness event starting on 31 December (2 people from f1 and f2, none certified).
        var manager = await trainer.CreateCourseAsync(TrainingRequests.Course("S-2031-EM", start: "2031-03-03", end: "2031-03-07"));
        var awareness = await trainer.CreateCourseAsync(TrainingRequests.Course("S-2031-AW", kind: "awareness", start: "2031-12-31", end: "2032-01-02"));
        // 2032: one auditor course starting 1 January (1 person from f3, certified).
        var auditor = await trainer.CreateCourseAsync(TrainingRequests.Course("S-2032-AU", kind: "energy-auditor", start: "2032-01-01", end: "2032-01-05"));
        // 2030: f4 only, ends in 2031 but starts in 2030.
        var older = await trainer.CreateCourseAsync(TrainingRequests.Course("S-2030-OT", kind: "other", start: "2030-12-30", end: "2031-01-02"));

        var p1 = await trainer.EnrollAsync(manager, "Nguyễn Văn An", f[0]);
        var p2 = await trainer.EnrollAsync(manager, "Nguyễn Thị Bích", f[0]);
        var p3 = await trainer.EnrollAsync(manager, "Phạm Văn Cường", f[1]);
        await trainer.EnrollAsync(awareness, "Phạm Văn Cường", f[1]);
        await trainer.EnrollAsync(awareness, "Lê Thị Dung", f[2]);
        var p6 = await trainer.EnrollAsync(auditor, "Hoàng Văn Em", f[3]);
        await trainer.EnrollAsync(older, "Vũ Thị Giang", f[4]);
        await trainer.OutcomeAsync(manager, p1, TrainingRequests.Certified("S-1", issuedOn: "2031-03-28", validUntil: null)).ExpectAsync(HttpStatusCode.OK);
        await trainer.OutcomeAsync(manager, p2, TrainingRequests.Certified("S-2", issuedOn: "2031-03-28", validUntil: null)).ExpectAsync(HttpStatusCode.OK);
        await trainer.OutcomeAsync(manager, p3, new { attended = true, examScore = 7, passed = true }).ExpectAsync(HttpStatusCode.OK);
        await trainer.OutcomeAsync(auditor, p6, TrainingRequests.Certified("S-3", issuedOn: "2032-01-26", validUntil: null)).ExpectAsync(HttpStatusCode.OK);

        var analyst = await api.AsAsync("analyst");
        var y2031 = await analyst.GetAsync("/api/training/summary?year=2031").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2031, y2031.GetProperty("year").GetInt32());
        Assert.Equal(2, y2031.GetProperty("courses").GetInt32());
        Assert.Equal(5, y2031.GetProperty("participants").GetInt32());
        Assert.Equal(3, y2031.GetProperty("facilities").GetInt32());
        Assert.Equal(2, y2031.GetProperty("certified").GetInt32());
        Assert.Equal(
            ["energy-manager:1:3", "energy-auditor:0:0", "awareness:1:2", "other:0:0"],
            ByKind(y2031));

        var y2032 = await analyst.GetAsync("/api/training/summary?year=2032").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1, 1, 1), (y2032.GetProperty("courses").GetInt32(), y2032.GetProperty("participants").GetInt32(),
            y2032.GetProperty("facilities").GetInt32(), y2032.GetProperty("certified").GetInt32()));
        Assert.Equal(["energy-manager:0:0", "energy-auditor:1:1", "awareness:0:0", "other:0:0"], ByKind(y2032));

        var empty = await analyst.GetAsync("/api/training/summary?year=2040").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((0, 0, 0, 0), (empty.GetProperty("courses").GetInt32(), empty.GetProperty("participants").GetInt32(),
            empty.GetProperty("facilities").GetInt32(), empty.GetProperty("certified").GetInt32()));

        var list2031 = await analyst.GetAsync("/api/training/courses?year=2031").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["S-2031-EM", "S-2031-AW"], list2031.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal([3, 2], list2031.EnumerateArray().Select(c => c.GetProperty("participants").GetInt32()));
        var awarenessOnly = await analyst.GetAsync("/api/training/courses?year=2031&kind=awareness").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["S-2031-AW"], awarenessOnly.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        var all = await analyst.GetAsync("/api/training/courses").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["S-2030-OT", "S-2031-EM", "S-2031-AW", "S-2032-AU"], all.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    private static string[] ByKind(JsonElement summary) => summary.GetProperty("byKind").EnumerateArray()
        .Select(k => $"{k.GetProperty("kind").GetString()}:{k.GetProperty("courses").GetInt32()}:{k.GetProperty("participants").GetInt32()}")
        .ToArray();
}
