using System.Text.Json;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Web;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http;

namespace EnergySaving.IntegrationTests.Messages;

/// <summary>
/// The renderer: a code's sentence from the catalogue of each language, its holes filled with the arguments in
/// that language's formats. Expected sentences written by hand from Web/Texts/messages.tsv.
/// </summary>
public sealed class MessageTextTests
{
    [Fact]
    public void A_date_rule_reads_in_each_language_with_its_dates_in_that_language()
    {
        var m = Message.Of("date.out-of-range", ("field", "startDate"), ("earliest", new DateOnly(1990, 1, 1)), ("latest", new DateOnly(2100, 12, 31)));
        Assert.Equal("startDate must be between 1990-01-01 and 2100-12-31.", m.Render(WebCultures.En));
        Assert.Equal("startDate: phải từ 01/01/1990 đến 31/12/2100.", m.Render(WebCultures.Vi));
    }

    [Fact]
    public void An_integer_shows_as_it_is_in_both_languages()
    {
        var m = Message.Of("text.too-long", ("field", "note"), ("max", 2000));
        Assert.Equal("note must be at most 2000 characters.", m.Render(WebCultures.En));
        Assert.Equal("note: tối đa 2000 ký tự.", m.Render(WebCultures.Vi));
    }

    [Fact]
    public void The_current_UI_culture_picks_the_language_and_anything_not_Vietnamese_is_English()
    {
        var m = Message.Of("text.required", ("field", "name"));
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = WebCultures.Vi;
            Assert.Equal("name: cần nhập.", m.Render());
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("name is required.", m.Render());
        }
        finally { System.Globalization.CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public void A_code_missing_from_the_catalogue_shows_its_code_and_values_not_an_empty_text()
    {
        var m = Message.Of("no.such-code", ("toe", 1617.8), ("month", "2023-05"));
        Assert.Equal("no.such-code (toe: 1,617.8, month: 2023-05)", m.Render(WebCultures.En));
        Assert.Equal("no.such-code (toe: 1.617,8, month: 2023-05)", m.Render(WebCultures.Vi));
    }

    [Fact]
    public void A_text_stored_before_codes_shows_as_it_was_written()
    {
        var stored = JsonSerializer.Deserialize<Message>("\"Key facility: 1617.8 TOE.\"")!;
        Assert.Equal("Key facility: 1617.8 TOE.", stored.Render(WebCultures.Vi));
    }

    [Fact]
    public void Json_keeps_codes_and_typed_arguments_so_a_stored_message_renders_as_the_one_written()
    {
        var m = Message.Of("x.y", ("toe", 1000.0), ("year", 2024), ("on", new DateOnly(2024, 12, 31)), ("months", new[] { "2023-01", "2023-02" }),
            ("why", Message.Of("text.required", ("field", "unit"))));
        var json = JsonSerializer.Serialize(m);
        Assert.Equal("""{"code":"x.y","args":{"toe":1000.0,"year":2024,"on":"2024-12-31","months":["2023-01","2023-02"],"why":{"code":"text.required","args":{"field":"unit"}}}}""", json);
        var back = JsonSerializer.Deserialize<Message>(json)!;
        Assert.Equal("x.y (toe: 1.000, year: 2024, on: 2024-12-31, months: 2023-01, 2023-02, why: unit: cần nhập.)", back.Render(WebCultures.Vi));
        Assert.Equal(1000.0, back["toe"]);
        Assert.Equal(2024L, back["year"]);
        Assert.Equal(m, back);
        // A date read back is its "YYYY-MM-DD" text; the catalogue's {…:date} hole shows it as the date it was.
        var dated = Message.Of("date.out-of-range", ("field", "on"), ("earliest", new DateOnly(1990, 1, 1)), ("latest", new DateOnly(2100, 12, 31)));
        Assert.Equal(dated.Render(WebCultures.Vi), JsonSerializer.Deserialize<Message>(JsonSerializer.Serialize(dated))!.Render(WebCultures.Vi));
    }

    [Theory]
    [InlineData(null, null, "en")]
    [InlineData("vi", null, "vi")]
    [InlineData("vi-VN,vi;q=0.9,en;q=0.8", null, "vi")]
    [InlineData("en-US,en;q=0.9,vi;q=0.8", null, "en")]
    [InlineData("fr,vi;q=0.5", null, "en")]
    [InlineData("en;q=0.1,vi;q=0.9", null, "vi")]
    [InlineData("de", "vi", "vi")]
    [InlineData("vi", "en", "en")]
    [InlineData("vi", "xx", "en")]
    public void The_API_language_is_Vietnamese_only_when_asked(string? acceptLanguage, string? lang, string expected)
    {
        var http = new DefaultHttpContext();
        if (acceptLanguage is not null) http.Request.Headers.AcceptLanguage = acceptLanguage;
        if (lang is not null) http.Request.QueryString = new QueryString("?lang=" + lang);
        Assert.Equal(expected, ApiLanguage.Of(http.Request).Name);
    }
}
