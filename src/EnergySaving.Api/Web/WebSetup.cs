using EnergySaving.Api.Auth;
using Microsoft.AspNetCore.Mvc.Razor;

namespace EnergySaving.Api.Web;

/// <summary>
/// The web application: Razor Pages rooted in the feature folders (each page next to its feature's
/// API, e.g. Consumption/Pages), the layout and resources in Web/, static assets in wwwroot/.
/// Every page needs a signed-in cookie session unless it says otherwise; role rules are the API's
/// own policies, authenticated with the cookie scheme.
/// </summary>
public static class WebSetup
{
    public static IServiceCollection AddEnergySavingWeb(this IServiceCollection services)
    {
        services.AddLocalization();
        // Write Vietnamese letters as they are (UTF-8), not as &#x1EA1; entities: pages a third smaller, source readable.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddWebAuth();
        services.AddAuthorizationBuilder()
            .AddPolicy(WebPolicies.SignedIn, p => p.AddAuthenticationSchemes(WebAuth.Scheme).RequireAuthenticatedUser());
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/";
                o.Conventions.AuthorizeFolder("/", WebPolicies.SignedIn);
                o.Conventions.AddPageRoute("/Facilities/Pages/Edit", "/facilities/new");
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "energysaving_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>Pages are everything that is not the API, health, Swagger or the job dashboard.</summary>
    public static bool IsPageRequest(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/health")
        && !http.Request.Path.StartsWithSegments("/swagger") && !http.Request.Path.StartsWithSegments("/hangfire");

    public static WebApplication UseWebCulture(this WebApplication app)
    {
        app.UseWhen(IsPageRequest, web =>
        {
            web.UseRequestLocalization(WebCultures.Options());
            web.Use(async (http, next) => { WebCultures.RememberChoice(http); await next(); });
        });
        return app;
    }
}

public static class WebPolicies
{
    public const string SignedIn = "web-signed-in";
}
