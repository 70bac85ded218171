using System.Globalization;
using EnergySaving.Api.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>
/// The feature rules' English messages reach a Vietnamese page in Vietnamese (Web/MessageTemplates through
/// Web/UiLocalizer), with their values re-shown in the page's format. Expected texts written by hand from
/// Web/Texts/messages.tsv.
/// </summary>
public sealed class MessageTranslationTests
{
    private static readonly IStringLocalizer<Ui> L = new UiLocalizer(new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static string In(CultureInfo culture, string message)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try { return L[message].Value; }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats); }
    }

    private static string Vi(string message) => In(WebCultures.Vi, message);

    [Theory]
    [InlineData("Production must be a number between 0 and 1e12.", "Sản lượng phải là số từ 0 đến 1e12.")]
    [InlineData("Facility 42 not found.", "Không tìm thấy cơ sở 42.")]
    [InlineData("word:key-facility", "cơ sở trọng điểm")]
    [InlineData("Quantity must be a finite number ≥ 0, got -5.", "Số lượng phải là số ≥ 0 (nhận được -5).")]
    // Numbers with a decimal point or thousands separators in the page's format; a year stays a year.
    [InlineData("842.5 TOE in 2024 < 1,000 TOE", "842,5 TOE năm 2024 < 1.000 TOE")]
    // Months and dates too.
    [InlineData("2027-01 is in the future: the latest month that can be reported is 2026-11.",
        "Tháng 01/2027 chưa đến: tháng gần nhất có thể báo cáo là 11/2026.")]
    [InlineData("2024-03 was due on 2024-04-15 and is not reported.", "Tháng 03/2024 đến hạn ngày 15/04/2024 nhưng chưa được báo cáo.")]
    // What the person typed, quoted, stays as typed.
    [InlineData("'1,500' is not a number (use '.' for decimals, no thousands separators).",
        "'1,500' không phải là số (dùng dấu '.' cho phần thập phân, không dùng dấu phân cách hàng nghìn).")]
    // The most specific template wins.
    [InlineData("No energy factor for coal is in force for 2010-05; the earliest is valid from 2011-01-01.",
        "Chưa có hệ số quy đổi của coal áp dụng cho tháng 05/2010; hệ số sớm nhất áp dụng từ 01/01/2011.")]
    [InlineData("No energy factor for coal is in force for 2010-05.", "Chưa có hệ số quy đổi của coal áp dụng cho tháng 05/2010.")]
    // A field's messages joined into one text, each translated.
    [InlineData("Code is required. Name is required.", "Cần nhập mã. Cần nhập tên.")]
    // Not a known message: shown as it is.
    [InlineData("Something nobody wrote a template for.", "Something nobody wrote a template for.")]
    public void A_rule_message_is_shown_in_Vietnamese(string english, string vietnamese) =>
        Assert.Equal(vietnamese, Vi(english));

    [Fact]
    public void A_status_in_a_message_is_translated_with_the_status_names()
    {
        var approved = Vi("project-status:approved");
        var settled = Vi("project-status:settled");
        Assert.NotEqual("approved", approved);
        Assert.Equal($"Dự án hỗ trợ 7 đang ở trạng thái “{approved}”: không thể chuyển sang “{settled}”.",
            Vi("Support project 7 is approved: it cannot become settled."));
    }

    [Fact]
    public void An_English_page_shows_the_message_as_the_rule_wrote_it() =>
        Assert.Equal("842.5 TOE in 2024 < 1,000 TOE", In(WebCultures.En, "842.5 TOE in 2024 < 1,000 TOE"));
}
