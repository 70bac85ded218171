using System.Globalization;
using EnergySaving.Api.Web;
using Microsoft.Net.Http.Headers;

namespace EnergySaving.Api.Common.Messages;

/// <summary>
/// The language of the API's texts: Vietnamese for <c>?lang=vi</c> or an <c>Accept-Language</c> whose most
/// preferred language is Vietnamese, English otherwise; the answer says which in <c>Content-Language</c>.
/// Only the UI culture is set (the messages' language and formats); parsing stays invariant. Codes and
/// arguments never depend on it.
/// </summary>
public static class ApiLanguage
{
    public static CultureInfo Of(HttpRequest request)
    {
        var asked = request.Query[WebCultures.QueryKey].FirstOrDefault();
        if (asked is not null) return Is(asked, WebCultures.Vietnamese) ? WebCultures.Vi : WebCultures.En;
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault();
        return preferred is not null && Is(preferred.Value.Value, WebCultures.Vietnamese) ? WebCultures.Vi : WebCultures.En;
    }

    private static bool Is(string? tag, string language) =>
        tag is not null && (tag.Equals(language, StringComparison.OrdinalIgnoreCase)
                            || tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase));

    /// <summary>Sets the request's language for everything that is not a page (pages have their own: Vietnamese by default, a cookie).</summary>
    public static WebApplication UseApiLanguage(this WebApplication app)
    {
        app.UseWhen(http => !WebSetup.IsPageRequest(http), api => api.Use(async (http, next) =>
        {
            var culture = Of(http.Request);
            CultureInfo.CurrentUICulture = culture;
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[HeaderNames.ContentLanguage] = culture.Name;
                return Task.CompletedTask;
            });
            await next();
        }));
        return app;
    }
}
