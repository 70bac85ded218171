using System.Net;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Web;
using EnergySaving.Core.Messages;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Training;

namespace EnergySaving.IntegrationTests.SupportProjects;

/// <summary>
/// An invalid support project is refused with the same error codes in both languages, Vietnamese text for
/// Accept-Language: vi, and nothing is written; and a few messages of the area, written out by hand in both
/// languages, with their dates, amounts, months and statuses shown the way each language writes them.
/// </summary>
public sealed class SupportLanguageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_invalid_project_is_400_with_the_same_codes_in_both_languages_and_writes_nothing()
    {
        var analyst = await api.AsAsync("analyst");
        var facility = await api.CreateFacilityAsync();
        var body = new
        {
            facilityId = facility, year = 2025, kind = "boat", fundingSource = "national", title = "Dự án không hợp lệ",
            totalCostVnd = 600_000_000L, supportVnd = 700_000_000L,
        };
        var before = await api.CountAsync("SELECT count(*) FROM support_projects");

        var (vi, viBody) = await TrainingLanguageTests.SendAsync(analyst, HttpMethod.Post, "/api/support-projects", body, "vi");
        var (en, enBody) = await TrainingLanguageTests.SendAsync(analyst, HttpMethod.Post, "/api/support-projects?lang=en", body, "vi");

        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Equal("vi", Assert.Single(vi.Content.Headers.ContentLanguage));
        Assert.Equal("en", Assert.Single(en.Content.Headers.ContentLanguage));
        Assert.Equal(enBody.GetProperty("errorCodes").GetRawText(), viBody.GetProperty("errorCodes").GetRawText());
        var codes = viBody.GetProperty("errorCodes");
        Assert.Equal("support.choice.unknown", codes.GetProperty("kind")[0].GetProperty("code").GetString());
        Assert.Equal("support.project.support-above-cost", codes.GetProperty("supportVnd")[0].GetProperty("code").GetString());
        Assert.Equal(700_000_000L, codes.GetProperty("supportVnd")[0].GetProperty("args").GetProperty("support").GetInt64());
        var viErrors = viBody.GetProperty("errors");
        Assert.Equal("Mức hỗ trợ (700.000.000 đồng) không được vượt tổng chi phí (600.000.000 đồng).", viErrors.GetProperty("supportVnd")[0].GetString());
        Assert.Equal("Giá trị 'boat' không hợp lệ cho kind: hãy dùng một trong energy-audit, equipment, demonstration-model, consulting, other.",
            viErrors.GetProperty("kind")[0].GetString());
        Assert.Equal("supportVnd (700,000,000) may not exceed totalCostVnd (600,000,000).", enBody.GetProperty("errors").GetProperty("supportVnd")[0].GetString());

        Assert.Equal(before, await api.CountAsync("SELECT count(*) FROM support_projects"));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM support_projects WHERE title = 'Dự án không hợp lệ'"));
    }

    public static TheoryData<string, string, string> Sentences => new()
    {
        {
            "on-before-previous",
            "on (2024-12-31) may not be before the previous change (2025-01-02).",
            "Ngày thay đổi (31/12/2024) không được trước lần thay đổi trước (02/01/2025)."
        },
        {
            "transition-refused",
            "Support project 7 is implemented: it cannot become approved.",
            "Dự án hỗ trợ 7 đang ở trạng thái “đã thực hiện”: không thể chuyển sang “đã phê duyệt”."
        },
        {
            "above-cap",
            "supportVnd (450,000,000) exceeds the cap for equipment in force from 2024-12-31: 30 % of the cost and at most VND 300,000,000, i.e. VND 180,000,000 here. Source: Decree 45/2012.",
            "Mức hỗ trợ 450.000.000 đồng vượt mức trần cho Thiết bị áp dụng từ 31/12/2024: 30 % chi phí và tối đa 300.000.000 đồng, tức là 180.000.000 đồng ở đây. Căn cứ: Decree 45/2012."
        },
        {
            "review-not-submitted",
            "Only a submitted report can be reviewed; this one is accepted.",
            "Chỉ xem xét được báo cáo đã nộp; báo cáo này đang ở trạng thái “đã chấp nhận”."
        },
        {
            "month-not-reported",
            "2023-05 is not reported.",
            "Tháng 05/2023 chưa được báo cáo."
        },
        {
            "insufficient-months",
            "Insufficient data: 2 usable reporting month(s) after the works (2024-11 to 2025-10); at least 3 needed.",
            "Không đủ dữ liệu: 2 tháng dùng được sau khi thực hiện dự án (11/2024 đến 10/2025); cần ít nhất 3."
        },
    };

    private static Message Example(string name) => name switch
    {
        "on-before-previous" => Message.Of("support.status.on-before-previous", ("on", new DateOnly(2024, 12, 31)), ("previous", new DateOnly(2025, 1, 2))),
        "transition-refused" => Message.Of("support.project.transition-refused", ("id", 7), ("status", "implemented"), ("to", "approved")),
        "above-cap" => Message.Of("support.project.above-cap", ("support", 450_000_000L), ("kind", "equipment"), ("validFrom", new DateOnly(2024, 12, 31)),
            ("share", 30.0), ("maxVnd", 300_000_000L), ("allowed", 180_000_000L), ("source", "Decree 45/2012")),
        "review-not-submitted" => Message.Of("annual-report.not-submitted", ("status", "accepted")),
        "month-not-reported" => Message.Of("annual-report.month.not-reported", ("month", "2023-05")),
        "insufficient-months" => Message.Of("support.savings.insufficient-months", ("months", 2), ("from", "2024-11"), ("to", "2025-10"), ("min", 3)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_message_reads_the_way_each_language_writes_its_dates_amounts_months_and_statuses(string example, string english, string vietnamese)
    {
        Assert.Equal(english, Example(example).Render(WebCultures.En));
        Assert.Equal(vietnamese, Example(example).Render(WebCultures.Vi));
    }
}
