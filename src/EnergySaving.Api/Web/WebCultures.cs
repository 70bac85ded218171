using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace EnergySaving.Api.Web;

/// <summary>
/// The two languages of the web application: Vietnamese by default, English on request
/// (<c>?lang=en</c>, remembered in a cookie). Numbers and dates follow the language:
/// vi 1.617,8 and 31/12/2024; en 1,617.8 and 2024-12-31.
/// </summary>
public static class WebCultures
{
    public const string QueryKey = "lang";
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static readonly CultureInfo Vi = Build("vi-VN", "dd/MM/yyyy", Vietnamese);
    public static readonly CultureInfo En = Build("en-US", "yyyy-MM-dd", English);

    private static CultureInfo Build(string formats, string shortDate, string name)
    {
        // The culture keeps the short name ("vi", "en") so that the query and cookie values match it,
        // with the number and date formats of the full regional culture.
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        var regional = CultureInfo.GetCultureInfo(formats);
        culture.NumberFormat = (NumberFormatInfo)regional.NumberFormat.Clone();
        culture.DateTimeFormat = (DateTimeFormatInfo)regional.DateTimeFormat.Clone();
        culture.DateTimeFormat.ShortDatePattern = shortDate;
        return culture;
    }

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Vi, Vi),
            SupportedCultures = [Vi, En],
            SupportedUICultures = [Vi, En],
            FallBackToParentCultures = false,
            FallBackToParentUICultures = false,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
            new CookieRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>Remembers a language chosen with ?lang= in the culture cookie, for a year.</summary>
    public static void RememberChoice(HttpContext http)
    {
        var asked = http.Request.Query[QueryKey].FirstOrDefault();
        if (asked is not (Vietnamese or English)) return;
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(asked, asked)),
            new CookieOptions { Expires = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Path = "/" });
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.Name == English;
}
